import type { SplitBrainRace, Status } from "@/lib/snapshot/types";
import { num, str, timeMs } from "../runtime/rows";
import { buildMeta } from "../runtime/status";
import type { Row, SignalModule } from "../runtime/types";
import { rangeWithLookback } from "../runtime/windows";
import { findRaces, RACE_BREACH_LOOKBACK_MS, splitBrainStatus, type Write } from "./evaluate";
import { multiRegionWritesQuery, splitBrainQueries, WRITE_COUNT_QUERY_ID, WRITES_QUERY_ID, writeCountQuery } from "./query";

export interface SplitBrainValue {
  count: number;
  races: SplitBrainRace[];
  status: Status;
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

export const splitBrain: SignalModule<SplitBrainValue> = {
  name: "splitBrain",
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
    if (!writes.ok || !count.ok) status = "no-data";
    else if (totalWrites === 0) {
      status = "no-data";
      warnings.push("split-brain: no configured write calls (AppDependencies) in the window");
    }
    const newest = count.rows.length > 0 ? timeMs(count.rows[0], "newest") : null;
    return {
      value: { count: races.length, races, status },
      meta: buildMeta({ status, asOf: ctx.asOf, newestMs: newest, runs: [writes.run, count.run], warnings }),
    };
  },
};
