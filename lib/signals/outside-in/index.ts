import type { OutsideInSnapshot, QueryRun, TelemetrySourceState } from "@/lib/snapshot/types";
import { availabilityTestNames, FEEDS } from "@/lib/telemetry/contract";
import { num, str, timeMs } from "../runtime/rows";
import { buildMeta } from "../runtime/status";
import type { ProjectContext, QueryOutcome, Row, SignalModule } from "../runtime/types";
import { lastWindow } from "../runtime/windows";
import { blindVerdict, outsideInRangeWorst, sliGapExplained, sourceState, testState, type TestCounts } from "./evaluate";
import { canaryNames, canaryQuery, frontDoorLogsQuery, frontDoorMetricsQuery, OUTSIDE_IN_QUERY_IDS, outsideInQueries, regionMetricsQuery, testsQuery } from "./query";
import { outsideInSeries } from "./series";

/** Sources are looked for this far back: "silent since" older than this reads "nothing in the last 6 h". */
export const FRESHNESS_LOOKBACK_HOURS = 6;
/** Standard tests run from this many locations (the portal's recommended minimum). */
const LOCATIONS = 5;

export interface OutsideInValue extends Omit<OutsideInSnapshot, "sliEdge" | "sliGap" | "sliGapExplained"> {
  windowRuns: number;
}

function countsByName(rows: readonly Row[]): Map<string, TestCounts> {
  const out = new Map<string, TestCounts>();
  for (const row of rows) {
    const name = str(row, "Name");
    if (name) out.set(name, { runs: num(row, "runs") ?? 0, failed: num(row, "failed") ?? 0, newestMs: timeMs(row, "newest") });
  }
  return out;
}

const newestOf = (res: QueryOutcome): number | null => {
  const all = res.rows.map((r) => timeMs(r, "newest")).filter((t): t is number => t !== null);
  return all.length > 0 ? Math.max(...all) : null;
};

function noData(): OutsideInValue {
  return {
    tests: [],
    sliOutsideIn: null,
    windowRuns: 0,
    verdict: { kind: "all-silent", status: "no-data", headline: "Outside-in signal failed: no verdict on who is blind.", detail: [], regions: [], sources: [] },
    status: "no-data",
    rangeWorst: { status: "no-data", overBudgetSeconds: null, reason: null },
  };
}

/** Adds the edge SLI (the availability signal's) and the difference explained. */
function project(value: OutsideInValue | null, { valueOf, config, region }: ProjectContext): { outsideIn: OutsideInSnapshot } {
  const v = value ?? noData();
  const edge = (valueOf("availability") as { sli: number | null } | null)?.sli ?? null;
  const { windowRuns, ...rest } = v;
  const tests = region === undefined ? rest.tests : rest.tests.filter((t) => t.region === null || t.region === region);
  void config;
  return {
    outsideIn: {
      ...rest,
      tests,
      sliEdge: edge,
      sliGap: v.sliOutsideIn === null || edge === null ? null : v.sliOutsideIn - edge,
      sliGapExplained: sliGapExplained(v.sliOutsideIn, edge, windowRuns, LOCATIONS),
    },
  };
}

export const outsideIn: SignalModule<OutsideInValue, "outsideIn"> = {
  key: "outsideIn",
  title: "Outside-in availability and who is blind",
  label: "Outside-in",
  telemetry: [FEEDS.availabilityTests],
  // The availability tile's freshness counts the outside-in runs too; the who-is-blind banner sits above the tiles.
  wallTiles: ["availability"],
  project,
  series: outsideInSeries,
  queries: outsideInQueries,
  async run(ctx) {
    const { config, asOf } = ctx;
    const asOfMs = asOf.getTime();
    const fresh = lastWindow(asOf, FRESHNESS_LOOKBACK_HOURS * 3_600_000);
    const cols = { requiredColumns: ["newest"] };
    const hasCompute = config.regions.some((r) => r.computeResourceIds.length > 0);
    const [range, recent, window, fdLogs, fdMetrics, regionMetrics, canary] = await Promise.all([
      ctx.runQuery(OUTSIDE_IN_QUERY_IDS.tests, testsQuery(config), ctx.range, { requiredColumns: ["Name", "runs", "failed", "newest"] }),
      ctx.runQuery(OUTSIDE_IN_QUERY_IDS.recent, testsQuery(config), lastWindow(asOf, config.outsideIn.frequencySeconds * 1000), { requiredColumns: ["Name", "runs", "failed", "newest"] }),
      ctx.runQuery(OUTSIDE_IN_QUERY_IDS.window, testsQuery(config), lastWindow(asOf, config.budgets.availability.windowDays * 86_400_000), { requiredColumns: ["Name", "runs", "failed", "newest"] }),
      ctx.runQuery(OUTSIDE_IN_QUERY_IDS.frontDoorLogs, frontDoorLogsQuery(config), fresh, cols),
      ctx.runQuery(OUTSIDE_IN_QUERY_IDS.frontDoorMetrics, frontDoorMetricsQuery(config), fresh, cols),
      hasCompute ? ctx.runQuery(OUTSIDE_IN_QUERY_IDS.regionMetrics, regionMetricsQuery(config), fresh, { requiredColumns: ["resourceId", "newest"] }) : null,
      canaryNames(config).length > 0 ? ctx.runQuery(OUTSIDE_IN_QUERY_IDS.canary, canaryQuery(config), fresh, cols) : null,
    ]);
    const runs: QueryRun[] = [range, recent, window, fdLogs, fdMetrics, regionMetrics, canary].filter((r): r is QueryOutcome => r !== null).map((r) => r.run);
    const names = availabilityTestNames(config);
    const byRange = countsByName(range.rows);
    const byRecent = countsByName(recent.rows);
    const byWindow = countsByName(window.rows);
    const targets = [{ name: names.global, region: null as string | null }, ...names.regions];
    const tests = targets.map((t) => testState({ name: t.name, region: t.region, range: byRange.get(t.name), recent: byRecent.get(t.name) }));

    const sources: TelemetrySourceState[] = [];
    // A failed freshness query says nothing about the source: it is left out rather than called silent.
    if (fdLogs.ok) sources.push(sourceState("frontdoor-logs", "Front Door logs", newestOf(fdLogs), asOfMs));
    if (fdMetrics.ok) sources.push(sourceState("frontdoor-metrics", "Front Door metrics", newestOf(fdMetrics), asOfMs));
    if (regionMetrics?.ok) {
      for (const region of config.regions) {
        if (region.computeResourceIds.length === 0) continue;
        const ids = new Set(region.computeResourceIds.map((id) => id.toLowerCase()));
        const newest = regionMetrics.rows.filter((r) => ids.has(str(r, "resourceId") ?? "")).map((r) => timeMs(r, "newest")).filter((t): t is number => t !== null);
        sources.push(sourceState(`metrics:${region.id}`, `${region.displayName} metrics`, newest.length > 0 ? Math.max(...newest) : null, asOfMs));
      }
    }
    if (canary?.ok) sources.push(sourceState("canary", "Replication canary", newestOf(canary), asOfMs));
    if (window.ok) {
      const newest = [...byWindow.values()].map((c) => c.newestMs).filter((t): t is number => t !== null);
      // Two rounds without a run: one late round is normal.
      sources.push(sourceState("outside-in", "Outside-in tests", newest.length > 0 ? Math.max(...newest) : null, asOfMs, 2 * config.outsideIn.frequencySeconds * 1000));
    }
    const regionName = (id: string) => config.regions.find((r) => r.id === id)?.displayName ?? id;
    const verdict = blindVerdict({ tests, sources, asOfMs, lookbackHours: FRESHNESS_LOOKBACK_HOURS, regionName });
    const globalWindow = byWindow.get(names.global);
    const windowRuns = globalWindow?.runs ?? 0;
    const sliOutsideIn = globalWindow && windowRuns > 0 ? (windowRuns - globalWindow.failed) / windowRuns : null;
    const status = range.ok && recent.ok ? verdict.status : "no-data";
    const newestRun = tests.map((t) => (t.newest === null ? null : Date.parse(t.newest))).filter((t): t is number => t !== null);
    return {
      value: { tests, sliOutsideIn, windowRuns, verdict, status, rangeWorst: outsideInRangeWorst(tests, config.budgets.availability.target, regionName) },
      meta: buildMeta({ status, asOf, newestMs: newestRun.length > 0 ? Math.max(...newestRun) : null, runs, warnings: verdict.kind === "ok" ? [] : [verdict.headline] }),
    };
  },
};
