/**
 * Activity plugins over (id, time) records, per dimension combination, each per its page:
 *  - activity_counts_metrics(Id, Time, Start, End, Step [, dims]): per window, records, distinct ids,
 *    ids never seen in an earlier window, and distinct ids seen so far;
 *  - sliding_window_counts(Id, Time, Start, End, Lookback, Bin [, dims]): per bin, records and
 *    distinct ids of the Lookback (rounded down to whole bins) ending with that bin;
 *  - active_users_count(Id, Time, Start, End, Lookback, Period, ActivePeriods, Bin [, dims]): per bin,
 *    distinct ids that, at an appearance in the bin, appeared in at least ActivePeriods distinct
 *    Periods of the Lookback ending at that appearance.
 * Shared choices: bins start at Start (the active_users_count example's 7d bins are 07-01 and 07-15,
 * not aligned to the calendar) and run through the bin holding End (the pages' outputs include the
 * End day); distinct counts are exact, as dcount is across this engine (aggregates.ts). The
 * lookback of active_users_count excludes its first instant: the page's example (8d, 3 of 1d
 * periods) shows no active user in the week of 07-08, which an inclusive window would give (user B on
 * 06-30, 07-04, 07-08). The pages do not say whether a window without records gets a row (and with
 * which counts), nor what a calendar Step ("week", "month", "year") aligns to: those are refused.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar, type QueryContext } from "../scalar";
import { nameOf, unsupported } from "../syntax";
import { findColumn, valuesColumn, type ETable } from "../table";
import { keyOf, toNumber } from "../value-ops";
import type { Plugin } from "./types";

export interface Activity {
  ids: (i: number) => unknown;
  time: (i: number) => number | null;
  start: number;
  end: number;
  dims: ((i: number) => Value)[];
  /** Row indexes per dimension combination, in first-appearance order. */
  groups: { dims: Value[]; rows: number[] }[];
  constants: number[];
}

export function read(call: KNode, input: ETable, ctx: QueryContext, scalarCount: number): Activity {
  const plugin = nameOf(call.children[0]);
  const args = callArgs(call);
  const column = (n: KNode | undefined, what: string) => {
    if (!n || n.cls !== "NameReference" || !findColumn(input, nameOf(n))) return unsupported(n ?? call, `${plugin}(): ${what} must be a column`);
    return columnGetter(input, nameOf(n));
  };
  const idGet = column(args[0], "the id");
  const timeGet = column(args[1], "the timeline");
  const empty = { table: { length: 1, columns: [] }, ctx };
  const constants = args.slice(2, 2 + scalarCount).map((n) => {
    if (n.type === "string") return unsupported(n, `${plugin}() with a calendar step ("week", "month", "year")`);
    const v = toNumber(compileScalar(n, empty)(0));
    if (v === null) return unsupported(n, `${plugin}() with a null parameter`);
    return v;
  });
  if (constants.length < scalarCount) return unsupported(call, `${plugin}() with ${args.length} arguments`);
  const dims = args.slice(2 + scalarCount).map((n) => column(n, "a dimension"));
  const groups = new Map<string, { dims: Value[]; rows: number[] }>();
  for (let i = 0; i < input.length; i++) {
    const values = dims.map((d) => d(i));
    const key = JSON.stringify(values.map(keyOf));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dims: values, rows: [] }));
    g.rows.push(i);
  }
  const [start, end] = constants;
  return {
    ids: (i) => keyOf(idGet(i)),
    time: (i) => toNumber(timeGet(i)),
    start,
    end,
    dims,
    groups: [...groups.values()],
    constants,
  };
}

export function binCount(a: Activity, step: number, call: KNode): number {
  if (!(step > 0)) throw new KqlUnsupportedError(`${nameOf(call.children[0])}() with a step that is not positive`, call.pos);
  return Math.floor((a.end - a.start) / step) + 1;
}

/** Output rows (bin start, dims, metrics...) laid out as the analyzer's columns. */
export function output(op: KNode, rows: { time: number; dims: Value[]; metrics: number[] }[], dimCount: number): ETable {
  const schema = op.columns ?? [];
  const columns = schema.map((c, k) => {
    const values = rows.map((r) => (k === 0 ? r.time : k <= dimCount ? r.dims[k - 1] : r.metrics[k - 1 - dimCount]));
    return valuesColumn(c.name, c.type, values);
  });
  return { length: rows.length, columns };
}

export function refuseEmpty(call: KNode, time: number): never {
  throw new KqlUnsupportedError(`${nameOf(call.children[0])}() with a window without records`, call.pos, `the window at ${new Date(time).toISOString()}: its pages do not say whether it gets a row`);
}

const activityCountsMetrics: Plugin = (op, call, input, ctx) => {
  const a = read(call, input, ctx, 3);
  const step = a.constants[2];
  const bins = binCount(a, step, call);
  const out: { time: number; dims: Value[]; metrics: number[] }[] = [];
  for (const g of a.groups) {
    const perBin = Array.from({ length: bins }, () => ({ count: 0, ids: new Set<unknown>() }));
    for (const i of g.rows) {
      const t = a.time(i);
      if (t === null) continue;
      const b = Math.floor((t - a.start) / step);
      if (b < 0 || b >= bins) continue;
      perBin[b].count++;
      perBin[b].ids.add(a.ids(i));
    }
    const seen = new Set<unknown>();
    perBin.forEach((bin, b) => {
      const time = a.start + b * step;
      if (bin.count === 0) refuseEmpty(call, time);
      let fresh = 0;
      for (const id of bin.ids) if (!seen.has(id)) fresh++;
      for (const id of bin.ids) seen.add(id);
      out.push({ time, dims: g.dims, metrics: [bin.count, bin.ids.size, fresh, seen.size] });
    });
  }
  return output(op, out, a.dims.length);
};

const slidingWindowCounts: Plugin = (op, call, input, ctx) => {
  const a = read(call, input, ctx, 4);
  const [, , lookback, step] = a.constants;
  const bins = binCount(a, step, call);
  const span = Math.max(1, Math.floor(lookback / step));
  const out: { time: number; dims: Value[]; metrics: number[] }[] = [];
  for (const g of a.groups) {
    const perBin = new Map<number, number[]>();
    for (const i of g.rows) {
      const t = a.time(i);
      if (t === null) continue;
      const b = Math.floor((t - a.start) / step);
      if (b > bins - 1 || b < 1 - span) continue;
      const list = perBin.get(b);
      if (list) list.push(i);
      else perBin.set(b, [i]);
    }
    for (let b = 0; b < bins; b++) {
      let count = 0;
      const ids = new Set<unknown>();
      for (let k = b - span + 1; k <= b; k++) {
        for (const i of perBin.get(k) ?? []) {
          count++;
          ids.add(a.ids(i));
        }
      }
      const time = a.start + b * step;
      if (count === 0) refuseEmpty(call, time);
      out.push({ time, dims: g.dims, metrics: [count, ids.size] });
    }
  }
  return output(op, out, a.dims.length);
};

const activeUsersCount: Plugin = (op, call, input, ctx) => {
  const a = read(call, input, ctx, 6);
  const [, , lookback, period, activePeriods, step] = a.constants;
  if (!(period > 0)) throw new KqlUnsupportedError("active_users_count() with a period that is not positive", call.pos);
  const bins = binCount(a, step, call);
  const out: { time: number; dims: Value[]; metrics: number[] }[] = [];
  for (const g of a.groups) {
    // Each id's appearances, in time order, to count its distinct periods inside a lookback.
    const byId = new Map<unknown, number[]>();
    for (const i of g.rows) {
      const t = a.time(i);
      if (t === null) continue;
      const id = a.ids(i);
      const list = byId.get(id);
      if (list) list.push(t);
      else byId.set(id, [t]);
    }
    const active = Array.from({ length: bins }, () => new Set<unknown>());
    for (const [id, times] of byId) {
      times.sort((x, y) => x - y);
      for (const t of times) {
        const b = Math.floor((t - a.start) / step);
        if (b < 0 || b >= bins || active[b].has(id)) continue;
        const periods = new Set<number>();
        for (const u of times) if (u > t - lookback && u <= t) periods.add(Math.floor(u / period));
        if (periods.size >= activePeriods) active[b].add(id);
      }
    }
    // Bins without an active id get no row (the page's example prints only 07-01 and 07-15).
    active.forEach((ids, b) => {
      if (ids.size > 0) out.push({ time: a.start + b * step, dims: g.dims, metrics: [ids.size] });
    });
  }
  return output(op, out, a.dims.length);
};

export const ACTIVITY_PLUGINS: Record<string, Plugin> = {
  activity_counts_metrics: activityCountsMetrics,
  sliding_window_counts: slidingWindowCounts,
  active_users_count: activeUsersCount,
};
