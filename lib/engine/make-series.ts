/**
 * make-series Agg [default=v], ... on Axis [from a] [to b] step s [by keys]: one row per key
 * combination with dynamic arrays aligned to the axis bins bin_at(Axis, s, a). Without `from`
 * the first bin holding data (over all series) is used; without `to`, the bin after the last. The
 * alternate `on Axis in range(start, stop, step)` bins with bin() instead (make-series-range.ts).
 */
import { exactSum } from "./exact-sum";
import { inRangeBins } from "./make-series-range";
import { isExactValues } from "./exact-aggregates";
import type { Value } from "../dataset/columns";
import { AGGREGATES } from "./aggregates";
import { exactAggregateArguments } from "./exact-long-ops";
import { KqlRuntimeError, KqlUnsupportedError } from "./errors";
import { callArgs } from "./functions";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext, type Scope } from "./scalar";
import { groupRows } from "./summarize";
import { childOf, listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { noteSeriesKind } from "./number-kinds";
import { materialize, type EColumn, type ETable } from "./table";
import { formatDatetimeDynamic, formatTimespan } from "../format/kusto-time";
import { toNumber, type Getter } from "./value-ops";

const MAX_BINS = 1 << 20;

interface SeriesAgg {
  name?: string;
  call: KNode;
  fallback: Value;
  /** `other = -1`: an expression without columns or calls, its value in every bin that has rows. */
  constant?: Value;
}

/** No column, no function call (rand() would differ per bin): the same value wherever it is computed. */
function isConstantExpression(n: KNode): boolean {
  if (n.isToken) return true;
  if (n.cls === "FunctionCallExpression" || (n.cls === "NameReference" && n.symbol?.kind !== "Variable")) return false;
  return n.children.every(isConstantExpression);
}

function seriesAggregates(op: KNode, scope: Scope): SeriesAgg[] {
  const items = op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((c) => c.cls === "MakeSeriesExpression");
  return items.map((item) => {
    const [first] = nodes(item);
    const named = first.cls === "SimpleNamedExpression";
    const call = named ? nodes(first)[1] : first;
    const def = childOf(item, "DefaultExpressionClause");
    const fallback = def ? compileScalar(nodes(def)[0], scope)(0) : 0;
    const name = named ? nameOf(nodes(first)[0]) : undefined;
    if (call.cls !== "FunctionCallExpression") {
      // The make-series page's example `other=-1 default=-2`: -1 in bins with rows, the default elsewhere.
      if (!isConstantExpression(call)) return unsupported(call, "make-series expression that is not an aggregate call or a constant");
      return { name, call, fallback, constant: compileScalar(call, { table: { length: 1, columns: [] }, ctx: scope.ctx })(0) };
    }
    return { name, call, fallback };
  });
}

function clauseValue(clause: KNode | undefined, scope: Scope): number | undefined {
  if (!clause) return undefined;
  const v = toNumber(compileScalar(nodes(clause)[0], scope)(0));
  return v === null ? undefined : v;
}

export function makeSeries(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const schema = op.columns ?? [];
  const scope: Scope = { table: input, ctx };
  const onClause = childOf(op, "MakeSeriesOnClause");
  const fts = childOf(op, "MakeSeriesFromToStepClause");
  const inRange = childOf(op, "MakeSeriesInRangeClause");
  if (!onClause || (!fts && !inRange)) return unsupported(op, "make-series without on/step");
  const axisNode = nodes(onClause)[0];
  const axisName = nameOf(axisNode);
  const axis = compileScalar(axisNode, scope);
  const ranged = inRange ? inRangeBins(inRange, axis, input.length, scope, op) : undefined;
  const step = ranged ? ranged.step : clauseValue(fts && childOf(fts, "MakeSeriesStepClause"), scope);
  if (step === undefined || step <= 0) throw new KqlRuntimeError("make-series step must be positive", op.pos);
  const byClause = childOf(op, "MakeSeriesByClause");
  const byItems = byClause ? listElements(childOf(byClause, "SyntaxList")) : [];
  const keyGetters = byItems.map((b) => compileScalar(b.cls === "SimpleNamedExpression" ? nodes(b)[1] : b, scope));
  const aggs = seriesAggregates(op, scope);

  let from = ranged ? ranged.from : clauseValue(fts && childOf(fts, "MakeSeriesFromClause"), scope);
  let to = ranged ? ranged.to : clauseValue(fts && childOf(fts, "MakeSeriesToClause"), scope);
  if (from === undefined || to === undefined) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < input.length; i++) {
      const v = axis(i);
      if (typeof v !== "number") continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (from === undefined) from = Number.isFinite(lo) ? Math.floor(lo / step) * step : 0;
    if (to === undefined) to = Number.isFinite(hi) ? from + (Math.floor((hi - from) / step) + 1) * step : from;
  }
  const start = from;
  const bins = Math.max(0, Math.ceil((to - start) / step - 1e-9));
  if (bins > MAX_BINS) throw new KqlRuntimeError(`make-series would create ${bins} bins (limit ${MAX_BINS})`, op.pos);

  // Rows inside [from, to) grouped by (keys..., bin index).
  const binOf: Getter = (i) => {
    const v = axis(i);
    if (typeof v !== "number" || v < start || v >= (to as number)) return null;
    return Math.floor((v - start) / step);
  };
  const inside: number[] = [];
  for (let i = 0; i < input.length; i++) if (binOf(i) !== null) inside.push(i);
  const rowAt = (fn: Getter): Getter => (r) => fn(inside[r]);
  const grouping = groupRows([...keyGetters.map((g) => ({ get: rowAt(g) })), { get: rowAt(binOf) }], inside.length);

  const perAgg = aggs.map(({ call, constant }) => {
    if (constant !== undefined) return new Array<Value>(grouping.groups).fill(constant);
    const name = (call.symbol?.name ?? "").toLowerCase();
    const fn = AGGREGATES[name];
    if (!fn || name.startsWith("arg_") || name.startsWith("make_") || name === "percentiles") {
      throw new KqlUnsupportedError(`make-series aggregate ${name}()`, call.pos);
    }
    const argNodes = callArgs(call);
    const args = exactAggregateArguments(name, argNodes.map((a) => compileScalar(a, scope)), call).map(rowAt);
    // A sum of longs past ±(2^53 − 1) is exact only as a bigint, and a series is an array of doubles: refused.
    const summed = exactSum(name, args, argNodes, call, grouping.groupOf, grouping.groups, inside.length);
    if (summed && isExactValues(summed[0])) return unsupported(call, `make-series ${name}() of longs past ±(2^53 − 1)`);
    return (summed ?? fn({ args, argNodes, carried: [], groupOf: grouping.groupOf, groups: grouping.groups, rows: inside.length }))[0];
  });

  // Fold (keys, bin) groups into one series row per key combination.
  const nKeys = keyGetters.length;
  const seriesIndex = new Map<string, number>();
  const seriesKeys: Value[][] = [];
  const arrays: Value[][][] = aggs.map(() => []);
  for (let g = 0; g < grouping.groups; g++) {
    const keyVals = grouping.keys.slice(0, nKeys).map((k) => k[g]);
    const id = JSON.stringify(keyVals);
    let s = seriesIndex.get(id);
    if (s === undefined) {
      s = seriesKeys.length;
      seriesIndex.set(id, s);
      seriesKeys.push(keyVals);
      aggs.forEach((a, k) => arrays[k].push(new Array<Value>(bins).fill(a.fallback)));
    }
    const bin = grouping.keys[nKeys][g] as number;
    for (let k = 0; k < aggs.length; k++) {
      const v = perAgg[k][g];
      arrays[k][s][bin] = v === null ? aggs[k].fallback : v;
    }
  }
  const params = namedParameters(op);
  if (seriesKeys.length === 0 && params.get("kind") === "nonempty" && nKeys === 0) {
    seriesKeys.push([]);
    aggs.forEach((a, k) => arrays[k].push(new Array<Value>(bins).fill(a.fallback)));
  }
  aggs.forEach((a, k) => noteSeriesKind(arrays[k], a.constant === undefined ? a.call.type : undefined));
  const axisType = axisNode.type;
  const axisValues = Array.from({ length: bins }, (_, b): Value => {
    const v = start + b * step;
    return axisType === "datetime" ? formatDatetimeDynamic(v) : axisType === "timespan" ? formatTimespan(v) : v;
  });
  const rows = seriesKeys.length;
  const byCount = nKeys;
  const columns: EColumn[] = schema.map((c, idx) => {
    let values: (r: number) => Value;
    if (idx < byCount) values = (r) => seriesKeys[r][idx];
    else if (c.name === axisName && idx === schema.length - 1) values = () => axisValues;
    else {
      const k = idx - byCount;
      if (k >= aggs.length) throw new KqlUnsupportedError("make-series output shape", op.pos);
      values = (r) => arrays[k][r];
    }
    return { name: c.name, type: c.type, view: materialize(c.type, rows, values) };
  });
  return { length: rows, columns };
}
