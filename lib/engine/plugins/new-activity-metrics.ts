/**
 * new_activity_metrics(IdColumn, TimelineColumn, Start, End, Window [, Cohort] [, dims] [, Lookback])
 * per its page. The cohort of a window is its ids not seen in any earlier window of the analysis (nor
 * in Lookback's ids). For each cohort window `from` (only Cohort's when given) and each window `to`
 * from `from` on, one row:
 *  - dcount_new_values: at to = from, the cohort's size; later, the ids of `to` not seen in any
 *    window up to and including `from` (the page's worked example: R=3 counts user 5 on 11/3, R=8
 *    counts nobody, as 11/3's users were all seen by 11/2);
 *  - dcount_retained_values / dcount_churn_values: the cohort's ids seen / not seen in `to`;
 *  - retention_rate / churn_rate: those over the cohort's size.
 * A `to` window without records gets its row (the page's R=6 and R=11, 11/6, have 0 retained).
 * Arguments are told apart as the analyzer does: after Window, a constant (or anything but a column)
 * is the Cohort, then columns are dimensions, and a tabular argument is Lookback, whose ids are the
 * column named as IdColumn. Records before Start are not seen (Lookback exists for those).
 *
 * Refused, as the page does not say: a cohort window without new ids (whether it gets rows, and its
 * 0/0 rates), Lookback with dimensions (whether its ids apply to every slice), a Cohort that is not
 * a window's start, and the cases activity-metrics.ts refuses for the windows themselves.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar } from "../scalar";
import { nameOf, unsupported } from "../syntax";
import { findColumn, valuesColumn, type ETable } from "../table";
import { keyOf, toNumber } from "../value-ops";
import { requireRange, refuseAfterEnd } from "./activity-metrics";
import type { Plugin } from "./types";

interface Layout {
  cohort?: KNode;
  dims: KNode[];
  lookback?: KNode;
}

function layout(args: KNode[], input: ETable): Layout {
  const isColumn = (n: KNode) => n.cls === "NameReference" && findColumn(input, nameOf(n)) !== undefined;
  const rest = args.slice(5);
  const out: Layout = { dims: [] };
  if (rest.length > 0 && rest[0].type !== "table" && !isColumn(rest[0])) out.cohort = rest.shift();
  while (rest.length > 0 && rest[0].type !== "table") out.dims.push(rest.shift() as KNode);
  if (rest.length > 0) out.lookback = rest.shift();
  return out;
}

const newActivityMetrics: Plugin = (op, call, input, ctx) => {
  const plugin = "new_activity_metrics()";
  requireRange(call, input);
  const args = callArgs(call);
  const column = (n: KNode, what: string) => {
    if (n.cls !== "NameReference" || !findColumn(input, nameOf(n))) return unsupported(n, `${plugin}: ${what} must be a column`);
    return columnGetter(input, nameOf(n));
  };
  const idGet = column(args[0], "the id");
  const timeGet = column(args[1], "the timeline");
  const { cohort, dims: dimNodes, lookback } = layout(args, input);
  const empty = { table: { length: 1, columns: [] }, ctx };
  const constant = (n: KNode, what: string) => {
    if (n.type === "string") return unsupported(n, `${plugin} with a calendar ${what} ("week", "month", "year")`);
    const v = toNumber(compileScalar(n, empty)(0));
    return v === null ? unsupported(n, `${plugin} with a null ${what}`) : v;
  };
  const [start, end, step] = [constant(args[2], "Start"), constant(args[3], "End"), constant(args[4], "Window")];
  if (!(step > 0)) throw new KqlUnsupportedError(`${plugin} with a Window that is not positive`, args[4].pos);
  const windows = Math.floor((end - start) / step) + 1;
  if (!(windows > 0)) throw new KqlUnsupportedError(`${plugin} with End before Start`, args[3].pos);
  let only: number | undefined;
  if (cohort) {
    const c = constant(cohort, "Cohort");
    only = (c - start) / step;
    if (!Number.isInteger(only) || only < 0 || only >= windows) return unsupported(cohort, `${plugin} with a Cohort that is not the start of one of its windows`);
  }
  const dims = dimNodes.map((n) => column(n, "a dimension"));
  if (lookback && dims.length > 0) return unsupported(lookback, `${plugin} with both dimensions and a Lookback table`);
  const seenBefore = new Set<unknown>();
  if (lookback) {
    const table = ctx.evalTabular(lookback);
    const idName = nameOf(args[0]);
    if (!findColumn(table, idName)) return unsupported(lookback, `${plugin} with a Lookback table without the id column ${idName}`);
    const get = columnGetter(table, idName);
    for (let i = 0; i < table.length; i++) if (get(i) !== null) seenBefore.add(keyOf(get(i)));
  }

  // Ids per window, per dimension combination (first-appearance order).
  const groups = new Map<string, { dims: Value[]; windows: Set<unknown>[] }>();
  for (let i = 0; i < input.length; i++) {
    const t = toNumber(timeGet(i));
    const id = idGet(i);
    if (t === null || id === null) continue;
    const w = Math.floor((t - start) / step);
    if (w < 0 || w >= windows) continue;
    refuseAfterEnd(call, t, end);
    const values = dims.map((d) => d(i));
    const key = JSON.stringify(values.map(keyOf));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dims: values, windows: Array.from({ length: windows }, () => new Set<unknown>()) }));
    g.windows[w].add(keyOf(id));
  }

  const rows: Value[][] = [];
  const shown = (t: number) => (op.columns?.[0]?.type === "datetime" ? new Date(t).toISOString() : String(t));
  for (const g of groups.values()) {
    // Every count is read from, per window `to`, how many of its ids were first seen in each window
    // (index 0: in Lookback): O(ids + windows²) rather than comparing id sets pairwise.
    const first = new Map<unknown, number>();
    for (const id of seenBefore) first.set(id, -1);
    g.windows.forEach((ids, w) => ids.forEach((id) => first.has(id) || first.set(id, w)));
    const firstSeen = g.windows.map((ids) => {
      const counts = new Int32Array(windows + 1);
      for (const id of ids) counts[(first.get(id) as number) + 1]++;
      return counts;
    });
    // seenLater[to][f]: ids of `to` first seen at index f or later.
    const seenLater = firstSeen.map((counts) => {
      const sums = new Int32Array(counts.length + 1);
      for (let f = counts.length - 1; f >= 0; f--) sums[f] = sums[f + 1] + counts[f];
      return sums;
    });
    for (let from = 0; from < windows; from++) {
      if (only !== undefined && from !== only) continue;
      const cohort = firstSeen[from][from + 1];
      if (cohort === 0) {
        throw new KqlUnsupportedError(`${plugin} with a cohort window without new ids`, call.pos, `the window at ${shown(start + from * step)}: its page does not say whether it gets rows`);
      }
      for (let to = from; to < windows; to++) {
        const fresh = to > from ? seenLater[to][from + 2] : cohort;
        const retained = firstSeen[to][from + 1];
        const churned = cohort - retained;
        rows.push([start + from * step, start + to * step, ...g.dims, fresh, retained, churned, retained / cohort, churned / cohort]);
      }
    }
  }
  const schema = op.columns ?? [];
  return { length: rows.length, columns: schema.map((c, k) => valuesColumn(c.name, c.type, rows.map((r) => r[k]))) };
};

export const NEW_ACTIVITY_METRICS_PLUGINS: Record<string, Plugin> = {
  new_activity_metrics: newActivityMetrics,
};
