import { splitBrainRangeReason } from "@/lib/format/reasons";
import type { RangeWorst, SplitBrainRace, Status } from "@/lib/snapshot/types";
import { num, str, timeMs } from "../runtime/rows";
import { buildMeta } from "../runtime/status";
import { rangeOk } from "../runtime/range-worst";
import type { ProjectContext, Row, SignalModule, SnapshotFields } from "../runtime/types";
import { rangeWithLookback } from "../runtime/windows";
import { findRaces, RACE_BREACH_LOOKBACK_MS, splitBrainStatus, type Write } from "./evaluate";
import { multiRegionWritesQuery, splitBrainQueries, WRITE_COUNT_QUERY_ID, WRITES_QUERY_ID, writeCountQuery } from "./query";
import { FEEDS } from "@/lib/telemetry/contract";
import { splitBrainSeries } from "./series";

export interface SplitBrainValue {
  count: number;
  races: SplitBrainRace[];
  status: Status;
  /** breach when any race's first write falls in the range (races are events: no duration). */
  rangeWorst: RangeWorst;
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Expands one row per entity (aligned `times`/`regions` lists) into writes. */
export function writesOf(rows: readonly Row[]): Write[] {
  const out: Write[] = [];
  for (const row of rows) {
    const entityId = str(row, "entityId");
    if (!entityId) continue;
    const times = asList(row.times);
    const regions = asList(row.regions);
    times.forEach((time, i) => {
      const t = typeof time === "string" ? Date.parse(time) : NaN;
      const region = regions[i];
      if (!Number.isNaN(t) && typeof region === "string") out.push({ entityId, region, t });
    });
  }
  return out;
}

/** Races of the range touching the region (when one is chosen); the range verdict follows the races shown. */
function projectSplitBrain(value: SplitBrainValue | null, { region }: ProjectContext): Pick<SnapshotFields, "splitBrain"> {
  const races = (value?.races ?? []).filter((r) => region === undefined || r.regions.includes(region));
  const rangeWorst = value
    ? { ...value.rangeWorst, status: races.length > 0 ? ("breach" as const) : value.rangeWorst.status === "no-data" ? ("no-data" as const) : ("ok" as const), reason: splitBrainRangeReason(races.length) }
    : rangeOk("no-data", null);
  return { splitBrain: { count: races.length, races, status: value?.status ?? "no-data", rangeWorst } };
}

export const splitBrain: SignalModule<SplitBrainValue, "splitBrain"> = {
  key: "splitBrain",
  title: "Split-brain writes",
  label: "Split-brain",
  telemetry: [FEEDS.writes],
  wallTiles: ["splitBrain"],
  project: projectSplitBrain,
  series: splitBrainSeries,
  queries: splitBrainQueries,
  async run(ctx) {
    const window = rangeWithLookback(ctx.range, RACE_BREACH_LOOKBACK_MS);
    const [writes, count] = await Promise.all([
      ctx.runQuery(WRITES_QUERY_ID, multiRegionWritesQuery(ctx.config), window, { requiredColumns: ["entityId", "times", "regions"] }),
      ctx.runQuery(WRITE_COUNT_QUERY_ID, writeCountQuery(ctx.config), window, { requiredColumns: ["writes"] }),
    ]);
    const totalWrites = count.rows.length > 0 ? (num(count.rows[0], "writes") ?? 0) : 0;
    const warnings: string[] = [];
    const all = findRaces(writesOf(writes.rows), ctx.config.budgets.splitBrainRaceWindowMs);
    // A race belongs to the range its first write falls in.
    const from = ctx.range.from.getTime();
    const races = all.filter((r) => Date.parse(r.first) >= from);
    let status: Status = splitBrainStatus(all, ctx.asOf);
    const newest = count.rows.length > 0 ? timeMs(count.rows[0], "newest") : null;
    // No write telemetry in the window: nothing to judge, in the range either.
    const silent = !writes.ok || !count.ok || totalWrites === 0;
    if (silent) {
      status = "no-data";
      if (writes.ok && count.ok) warnings.push("split-brain: no configured write calls (AppDependencies) in the window");
    } else if (status === "ok" && (newest === null || ctx.asOf.getTime() - newest > RACE_BREACH_LOOKBACK_MS)) {
      // The status covers the last hour: without a write in it, "no race" is unknown, not OK (a wall
      // past a recorded dataset's end showed the tile green with its newest row 91 min old).
      status = "no-data";
      warnings.push(`split-brain: no configured write calls (AppDependencies) in the last hour${newest === null ? "" : ` (newest at ${new Date(newest).toISOString()})`}: races cannot be ruled out`);
    }
    return {
      value: {
        count: races.length,
        races,
        status,
        rangeWorst: silent && races.length === 0
          ? { status: "no-data", overBudgetSeconds: null, reason: null }
          : { status: races.length > 0 ? "breach" : "ok", overBudgetSeconds: null, reason: splitBrainRangeReason(races.length) },
      },
      meta: buildMeta({ status, asOf: ctx.asOf, newestMs: newest, runs: [writes.run, count.run], warnings }),
    };
  },
};
