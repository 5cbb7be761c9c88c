import type { Rng } from "./rng";

/**
 * One Cosmos DB request as CDBDataPlaneRequests logs it. The charges follow Microsoft's request-unit
 * guidance for small documents: a point read is 1 RU for 1 KB, a write of a ~1 KB document with default
 * indexing about 5–10 RU, and a single-partition query a few to a few tens of RU, growing with what it
 * reads; server-side durations are single-digit milliseconds.
 */
export interface CosmosRequest {
  charge: number;
  duration: number;
  requestLength: number;
  responseLength: number;
  partition: string;
}

/** ActivityId of a slice's remainder row: never a real request's id, so `ActivityId != REMAINDER_ACTIVITY` keeps the requests. */
export const REMAINDER_ACTIVITY = "00000000-0000-0000-0000-000000000000";

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A request of the operation: charge, duration and sizes of one plausible request. */
export function typicalRequest(rng: Rng, op: "Query" | "Upsert"): CosmosRequest {
  const u = rng.next();
  // Queries: most read a handful of documents (3–6 RU), a few read many (up to ~40 RU): a skewed draw.
  const charge = op === "Query" ? round2(2.83 + 37 * u ** 3) : round2(5.71 + 6.2 * u);
  const duration = round2(op === "Query" ? 1.2 + 0.45 * charge * (0.8 + 0.4 * rng.next()) : 2 + 6 * rng.next());
  const requestLength = op === "Query" ? 380 + rng.int(120) : 900 + rng.int(700);
  const responseLength = op === "Query" ? Math.round(600 + 260 * charge + rng.int(400)) : requestLength - 40 + rng.int(80);
  return { charge, duration, requestLength, responseLength, partition: String(rng.int(8)) };
}

/**
 * Up to `n` sampled requests of the operation whose charges sum to less than the slice's `total` RU,
 * so the remainder row stays positive (a quiet slice writes fewer, or none).
 */
export function sampledRequests(rng: Rng, op: "Query" | "Upsert", n: number, total: number): CosmosRequest[] {
  const out: CosmosRequest[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const r = typicalRequest(rng, op);
    if (sum + r.charge >= total) break;
    sum += r.charge;
    out.push(r);
  }
  return out;
}
