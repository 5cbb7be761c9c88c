/**
 * Admission of uncached replays (a snapshot for an explicit `at` or from/to that no one asked for in
 * the last 5 minutes): the only requests whose cost one client chooses freely. Measured before:
 * ten distinct 30-day replays held every other request for 30.8 s. Live snapshots and cached
 * replays are never refused here.
 *
 * Cost is estimated in replay-days (the range's span in days: the engine scans rows in proportion
 * to it). A single replay over MAX_COST_DAYS is refused (422); a client may have MAX_PER_CLIENT
 * replays computing at once, the process MAX_IN_FLIGHT; beyond, 429/503 with a Retry-After.
 */
import { processSingleton } from "../process-singleton";

export const MAX_COST_DAYS = 62;
export const MAX_PER_CLIENT = 2;
export const MAX_IN_FLIGHT = 6;
const RETRY_AFTER_SECONDS = 5;

export class ReplayRefused extends Error {
  override name = "ReplayRefused";
  constructor(
    message: string,
    readonly status: 422 | 429 | 503,
    readonly retryAfterSeconds?: number,
    /** For a range too long: what a replay may span, as the 400s say what a parameter allows. */
    readonly allowed?: string,
  ) {
    super(message);
  }
}

const state = processSingleton("replay-admission", () => ({ perClient: new Map<string, number>(), inFlight: 0 }));

export function replayCostDays(range: { from: Date; to: Date }): number {
  return (range.to.getTime() - range.from.getTime()) / 86_400_000;
}

/** Runs `compute` if the replay is admitted; throws ReplayRefused saying why otherwise. */
export async function admitReplay<T>(range: { from: Date; to: Date }, client: string | undefined, compute: () => Promise<T>): Promise<T> {
  const cost = replayCostDays(range);
  if (cost > MAX_COST_DAYS) {
    // The parameters allow 90 days (pages and series take them): the refusal names the snapshot's own cap,
    // since `{error, parameter, allowed}` with "at most 90 days apart" was what a client read before it.
    const allowed = `from and to at most ${MAX_COST_DAYS} days apart for a snapshot (charts and rows take up to 90)`;
    throw new ReplayRefused(`a ${cost.toFixed(1)}-day replay is more work than one request may ask (at most ${MAX_COST_DAYS} days); use a shorter range`, 422, undefined, allowed);
  }
  const mine = client ? (state.perClient.get(client) ?? 0) : 0;
  if (client && mine >= MAX_PER_CLIENT) {
    throw new ReplayRefused(`${mine} replays of yours are still computing (at most ${MAX_PER_CLIENT} at once); retry when they finish`, 429, RETRY_AFTER_SECONDS);
  }
  if (state.inFlight >= MAX_IN_FLIGHT) {
    throw new ReplayRefused(`${state.inFlight} replays are computing on this server (at most ${MAX_IN_FLIGHT} at once); retry shortly`, 503, RETRY_AFTER_SECONDS);
  }
  state.inFlight++;
  if (client) state.perClient.set(client, mine + 1);
  try {
    return await compute();
  } finally {
    state.inFlight--;
    if (client) {
      const left = (state.perClient.get(client) ?? 1) - 1;
      if (left > 0) state.perClient.set(client, left);
      else state.perClient.delete(client);
    }
  }
}
