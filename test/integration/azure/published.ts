/**
 * Responses Microsoft published for the Log Analytics query API (REST specification examples, the
 * API documentation, the Azure SDKs' recorded sessions), stored in ./published/ with the source
 * of each beside it. The fake server replays them byte for byte: status, headers and body.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface PublishedResponse {
  /** Where Microsoft published it (a URL at a fixed commit), or "constructed: …" with the reason. */
  source: string;
  note: string;
  status: number;
  headers: Record<string, string>;
  /** A JSON body; absent with `bodyText` (a body that is not JSON) or for an empty body. */
  body?: unknown;
  bodyText?: string;
}

const DIR = path.join(__dirname, "published");

export function published(name: string): PublishedResponse {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.json`), "utf8")) as PublishedResponse;
}

export function publishedNames(prefix = ""): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json") && f.startsWith(prefix))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/**
 * Each member of a published $batch answer as the standalone response a single query gets: the
 * dashboard sends no batches (the API documentation marks $batch deprecated), but a member's
 * status and body are what /query answers for the same failure.
 */
export function batchMembers(batch: PublishedResponse): (PublishedResponse & { id: string })[] {
  const { responses } = batch.body as { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
  return responses.map((r) => ({
    id: r.id,
    source: `${batch.source} (member id ${r.id})`,
    note: batch.note,
    status: r.status,
    headers: { "content-type": "application/json; charset=utf-8", ...(r.headers ?? {}) },
    // A 204 has no body on the wire, whatever the batch member carried.
    ...(r.status === 204 ? {} : { body: r.body }),
  }));
}

/** The published missing-table 400 (SEM0100, two levels down) naming `table` instead of the recorded 'resource'. */
export function missingTableResponse(table: string): PublishedResponse {
  const recorded = published("bad-request-missing-table");
  const body = JSON.parse(JSON.stringify(recorded.body).replace("named 'resource'", `named '${table}'`)) as unknown;
  return { ...recorded, body };
}
