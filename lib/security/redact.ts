import type { QueryRun, SignalMeta, Snapshot } from "../snapshot/types";
import { isKioskRequest } from "./principal";

/** Set on answers of the kiosk snapshot route, so tests can see a kiosk was served by it. */
export const REDACTED_HEADER = "x-aad-redacted";

export const REDACTED_ERROR = "upstream query failed (details are hidden on kiosk screens)";

function redactRun(run: QueryRun): QueryRun {
  // Upstream errors can quote the query text, so the message goes too; the stale marker stays.
  return { ...run, kql: "", portalUrl: null, ...(run.stale ? { stale: { since: run.stale.since, error: REDACTED_ERROR } } : {}) };
}

/** The snapshot without KQL text, portal links or upstream error text: what a kiosk screen may see. */
export function redactSnapshot(snapshot: Snapshot): Snapshot {
  const signals: Record<string, SignalMeta> = {};
  for (const [name, meta] of Object.entries(snapshot.signals)) {
    signals[name] = { ...meta, queries: meta.queries.map(redactRun) };
  }
  return { ...snapshot, signals };
}

/** Call in the snapshot route: redacts when proxy.ts marked the request as a kiosk's. */
export function snapshotForRequest(headers: Pick<Headers, "get">, snapshot: Snapshot): Snapshot {
  return isKioskRequest(headers) ? redactSnapshot(snapshot) : snapshot;
}

/**
 * An error answer as a kiosk may see it: a 400 keeps its parameter and allowed values (they echo
 * only the kiosk's own, truncated input); any other error becomes a fixed sentence per status.
 */
export function redactErrorBody(body: Record<string, unknown>, status: number): Record<string, unknown> {
  if (status === 400 && typeof body.parameter === "string") return { error: body.error, parameter: body.parameter, allowed: body.allowed };
  if (status === 429) return body;
  const error = status === 503 ? "data source unavailable (details are hidden on kiosk screens)" : `the snapshot could not be computed (${status}; details are hidden on kiosk screens)`;
  return { error };
}
