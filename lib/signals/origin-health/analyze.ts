import type { QueryRun } from "@/lib/snapshot/types";
import type { QueryWindow } from "@/lib/workspace/types";
import { originRegionMap } from "../runtime/fragments";
import { num, str, timeMs } from "../runtime/rows";
import type { Row, SignalContext } from "../runtime/types";
import { lastWindow, MINUTE_MS } from "../runtime/windows";
import {
  failedProbeSlotsQuery,
  ORIGIN_HEALTH_QUERY_IDS,
  originErrorBinsQuery,
  originPopsQuery,
  probeLogSeenQuery,
  trafficShareQuery,
} from "./query";
import { FEEDS } from "@/lib/telemetry/contract";
import { evaluateTimeline, isSlotFailed, type OriginTimeline } from "./timeline";

/** History queried before the range, so a failure that began shortly before it is measured from its real start. */
export const LOOKBACK_MS = 60 * MINUTE_MS;
export const TRAFFIC_SHARE_WINDOW_MS = 5 * MINUTE_MS;
/**
 * How far back a probe row proves the probe log reaches the workspace: the doctor's "recent" for the
 * same feed (7 days), one number for both.
 */
export const PROBE_LOG_LOOKBACK_MS = FEEDS.frontDoorProbes.withinHours * 60 * MINUTE_MS;

export interface OriginAnalysis {
  origin: string;
  region: string;
  timeline: OriginTimeline;
  /** Starts of the 10 s bins with the origin's own error ratio ≥ 0.05, ascending. */
  errorBinStarts: number[];
  knownPops: number;
  /** Access-log requests over the window (0: Front Door sent it no traffic). */
  requests: number;
  newestMs: number | null;
  /** Oldest probe or access row of the origin in the window: history before it is unknown. */
  oldestMs: number | null;
}

export interface OriginHealthAnalysis {
  /** The probe/bin window: the range plus the look-back. */
  window: QueryWindow;
  origins: OriginAnalysis[];
  /** Requests per origin host over the last 5 minutes ("" for requests without an origin). */
  recentRequestsByOrigin: Map<string, number>;
  recentEdgeRequests: number;
  runs: QueryRun[];
  /** False when a query that the health rule needs failed or its table is missing. */
  ok: boolean;
  /**
   * A probe row of a configured origin exists in the window or the PROBE_LOG_LOOKBACK_MS before
   * asOf. False: the probe log may not be exported, so no failed probe proves nothing.
   */
  probeLogSeen: boolean;
}

const cache = new WeakMap<SignalContext, Promise<OriginHealthAnalysis>>();

/** The origin-health analysis of a context, computed once and shared by the origin-health and incident signals. */
export function analyzeOriginHealth(ctx: SignalContext): Promise<OriginHealthAnalysis> {
  let pending = cache.get(ctx);
  if (!pending) {
    pending = runAnalysis(ctx);
    cache.set(ctx, pending);
  }
  return pending;
}

async function runAnalysis(ctx: SignalContext): Promise<OriginHealthAnalysis> {
  const { config } = ctx;
  const window: QueryWindow = { from: new Date(ctx.range.from.getTime() - LOOKBACK_MS), to: ctx.range.to };
  const ids = ORIGIN_HEALTH_QUERY_IDS;
  const [slots, pops, errors, share] = await Promise.all([
    ctx.runQuery(ids.failedSlots, failedProbeSlotsQuery(config), window, { requiredColumns: ["origin", "slot", "failedPops", "failures"] }),
    ctx.runQuery(ids.pops, originPopsQuery(config), window, { requiredColumns: ["origin", "knownPops", "requests"] }),
    ctx.runQuery(ids.errorBins, originErrorBinsQuery(config), window, { requiredColumns: ["origin", "binStart"] }),
    ctx.runQuery(ids.trafficShare, trafficShareQuery(), lastWindow(ctx.asOf, TRAFFIC_SHARE_WINDOW_MS), {
      requiredColumns: ["origin", "requests"],
    }),
  ]);

  const popsByOrigin = groupBy(pops.rows);
  const slotsByOrigin = groupBy(slots.rows);
  const errorsByOrigin = groupBy(errors.rows);
  const origins: OriginAnalysis[] = [];
  for (const [origin, region] of originRegionMap(config)) {
    const popRow = popsByOrigin.get(origin)?.[0];
    const knownPops = popRow ? (num(popRow, "knownPops") ?? 0) : 0;
    const failedSlotStarts = (slotsByOrigin.get(origin) ?? [])
      .filter((r) => isSlotFailed({ failedPops: num(r, "failedPops") ?? 0, failures: num(r, "failures") ?? 0 }, knownPops))
      .map((r) => timeMs(r, "slot"))
      .filter((t): t is number => t !== null);
    origins.push({
      origin,
      region,
      timeline: evaluateTimeline({
        origin,
        failedSlotStarts,
        fromMs: window.from.getTime(),
        toMs: window.to.getTime(),
        settings: config.frontDoor,
      }),
      errorBinStarts: (errorsByOrigin.get(origin) ?? [])
        .map((r) => timeMs(r, "binStart"))
        .filter((t): t is number => t !== null)
        .sort((a, b) => a - b),
      knownPops,
      requests: popRow ? (num(popRow, "requests") ?? 0) : 0,
      newestMs: popRow ? timeMs(popRow, "newest") : null,
      oldestMs: popRow ? timeMs(popRow, "oldest") : null,
    });
  }

  const recentRequestsByOrigin = new Map<string, number>();
  let recentEdgeRequests = 0;
  for (const row of share.rows) {
    const n = num(row, "requests") ?? 0;
    recentEdgeRequests += n;
    const origin = str(row, "origin") ?? "";
    recentRequestsByOrigin.set(origin, (recentRequestsByOrigin.get(origin) ?? 0) + n);
  }

  // Most windows of a deployment with probe logging hold a failed probe somewhere; only an empty one
  // pays for the long look-back.
  const lookback =
    slots.ok && slots.rows.length === 0
      ? await ctx.runQuery(ids.probeLogSeen, probeLogSeenQuery(config), { from: new Date(ctx.asOf.getTime() - PROBE_LOG_LOOKBACK_MS), to: ctx.asOf }, { requiredColumns: ["rows"] })
      : null;
  return {
    window,
    origins,
    recentRequestsByOrigin,
    recentEdgeRequests,
    runs: [slots.run, pops.run, errors.run, share.run, ...(lookback ? [lookback.run] : [])],
    ok: slots.ok && pops.ok && errors.ok && (lookback?.ok ?? true),
    probeLogSeen: lookback === null ? slots.rows.length > 0 : lookback.rows.some((r) => (num(r, "rows") ?? 0) > 0),
  };
}

function groupBy(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const key = (str(row, "origin") ?? "").toLowerCase();
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
