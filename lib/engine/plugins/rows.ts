/**
 * Row-window plugins, each per its page:
 *  - rows_near(Condition, NumRows [, RowsAfter]): every row within NumRows before (RowsAfter after)
 *    a row whose condition is true, once each, in input order;
 *  - rolling_percentile(Value, Pct, Index, BinSize, BinsPerWindow [, dims]): per bin of the index
 *    (bin(), as the engine's bin() aligns it), the percentile of the values of the window of
 *    BinsPerWindow bins ending with it. Kusto estimates the percentile; here it is the nearest-rank
 *    value, as percentile() is across this engine (aggregates.ts) — the page's examples agree.
 *    A row per bin holding values; a bin without values between two that have some is refused
 *    (the page does not say whether it gets a row).
 */
import type { Value } from "../../dataset/columns";
import { nearestRank } from "../aggregates";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { columnGetter, compileScalar, type QueryContext } from "../scalar";
import { nameOf, unsupported } from "../syntax";
import { findColumn, gatherTable, valuesColumn } from "../table";
import { compareValues, keyOf, toNumber } from "../value-ops";
import type { Plugin } from "./types";

function scalar(n: KNode | undefined, ctx: QueryContext, call: KNode, what: string): number {
  const v = n ? toNumber(compileScalar(n, { table: { length: 1, columns: [] }, ctx })(0)) : null;
  if (v === null) return unsupported(n ?? call, `${nameOf(call.children[0])}() without ${what}`);
  return v;
}

const rowsNear: Plugin = (_op, call, input, ctx) => {
  const [condNode, beforeNode, afterNode] = callArgs(call);
  if (!condNode) return unsupported(call, "rows_near() without a condition");
  const cond = compileScalar(condNode, { table: input, ctx });
  const before = Math.max(0, Math.trunc(scalar(beforeNode, ctx, call, "a row count")));
  const after = afterNode ? Math.max(0, Math.trunc(scalar(afterNode, ctx, call, "a row count"))) : before;
  const keep = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    if (cond(i) !== true) continue;
    for (let k = Math.max(0, i - before); k <= Math.min(input.length - 1, i + after); k++) keep[k] = 1;
  }
  const rows: number[] = [];
  keep.forEach((on, i) => on && rows.push(i));
  return gatherTable(input, Int32Array.from(rows));
};

const rollingPercentile: Plugin = (op, call, input, ctx) => {
  const args = callArgs(call);
  const column = (n: KNode | undefined, what: string) => {
    if (!n || n.cls !== "NameReference" || !findColumn(input, nameOf(n))) return unsupported(n ?? call, `rolling_percentile(): ${what} must be a column`);
    return columnGetter(input, nameOf(n));
  };
  const value = column(args[0], "the value");
  const pct = scalar(args[1], ctx, call, "a percentile");
  if (pct < 0 || pct > 100) throw new KqlUnsupportedError("rolling_percentile() with a percentile outside 0..100", call.pos);
  const index = column(args[2], "the index");
  const size = scalar(args[3], ctx, call, "a bin size");
  const perWindow = Math.trunc(scalar(args[4], ctx, call, "bins per window"));
  if (!(size > 0) || perWindow < 1) throw new KqlUnsupportedError("rolling_percentile() with a bin size or window that is not positive", call.pos);
  const dims = args.slice(5).map((n) => column(n, "a dimension"));

  const groups = new Map<string, { dims: Value[]; bins: Map<number, Value[]> }>();
  for (let i = 0; i < input.length; i++) {
    const x = toNumber(index(i));
    const v = value(i);
    if (x === null || v === null) continue;
    const d = dims.map((g) => g(i));
    const key = JSON.stringify(d.map(keyOf));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dims: d, bins: new Map() }));
    const b = Math.floor(x / size);
    const list = g.bins.get(b);
    if (list) list.push(v);
    else g.bins.set(b, [v]);
  }
  const out: Value[][] = [];
  // Rows by dimension values, then bin: the page's second example lists Even before Odd (its input starts with an odd value).
  const ordered = [...groups.values()].sort((x, y) => {
    for (let k = 0; k < x.dims.length; k++) {
      const c = x.dims[k] === null ? (y.dims[k] === null ? 0 : -1) : y.dims[k] === null ? 1 : compareValues(x.dims[k] as Value, y.dims[k] as Value);
      if (c !== 0) return c;
    }
    return 0;
  });
  for (const g of ordered) {
    const bins = [...g.bins.keys()].sort((a, b) => a - b);
    bins.forEach((b, k) => {
      if (k > 0 && b !== bins[k - 1] + 1) throw new KqlUnsupportedError("rolling_percentile() over a bin without values", call.pos, "whether such a bin gets a row is not documented");
      const window: Value[] = [];
      for (let w = b - perWindow + 1; w <= b; w++) window.push(...(g.bins.get(w) ?? []));
      window.sort(compareValues);
      out.push([b * size, ...g.dims, nearestRank(window, pct)]);
    });
  }
  const schema = op.columns ?? [];
  return { length: out.length, columns: schema.map((c, k) => valuesColumn(c.name, c.type, out.map((r) => r[k]))) };
};

export const ROW_PLUGINS: Record<string, Plugin> = { rows_near: rowsNear, rolling_percentile: rollingPercentile };
