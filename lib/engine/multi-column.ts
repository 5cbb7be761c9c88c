/**
 * Functions that yield several columns (series_stats, series_fit_line, series_decompose, series_fft,
 * series_ifft, array_sort_* of several arrays) when they are a whole extend/project/print item, or the
 * right side of a tuple assignment `(a, b, ...) = f(...)` (their pages): the analyzer names the
 * columns (series_stats_x_min, ..., series_fit_line_y_rsquare, ..., array1_sorted, ...) and each
 * takes one part of the function's per-row result. Elsewhere (nested in an expression) the
 * validation pass refuses them.
 */
import type { Value } from "../dataset/columns";
import { callArgs, type FnArgs } from "./functions";
import { arraySort } from "./functions-array-sort";
import { seriesFitLineDynamic } from "./functions-series-fit";
import { seriesDecompose } from "./functions-series-decompose";
import { seriesStats } from "./functions-series";
import { seriesTransform } from "./functions-series-fft";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { unsupported } from "./syntax";
import { lazyColumn, materialize, type EColumn, type ETable } from "./table";
import type { Getter } from "./value-ops";

interface MultiColumnFn {
  /** Whether this call yields several columns (array_sort of one array yields one). */
  applies(call: KNode): boolean;
  width(call: KNode): number;
  /** Each row's parts, one per column; null makes every column null. */
  rows(a: FnArgs): (i: number) => Value[] | null;
}

function keyed(keys: readonly string[], record: (a: FnArgs) => (i: number) => Value): MultiColumnFn {
  return {
    applies: () => true,
    width: () => keys.length,
    rows: (a) => {
      const get = record(a);
      return (i) => {
        const r = get(i);
        return r && typeof r === "object" && !Array.isArray(r) ? keys.map((k) => (r as Record<string, Value>)[k] ?? null) : null;
      };
    },
  };
}

// The arrays of array_sort_asc/desc(a1, a2, ... [, nulls_last]): the trailing bool is no column.
const sortedArrays = (call: KNode) => callArgs(call).filter((n, k, all) => !(k === all.length - 1 && n.type === "bool")).length;

function sortedTogether(sign: 1 | -1): MultiColumnFn {
  const impl = arraySort(sign);
  return {
    applies: (call) => {
      const args = callArgs(call);
      return args.length > 1 && args[1].type === "dynamic";
    },
    width: sortedArrays,
    rows: (a) => {
      const get = impl(a);
      return (i) => {
        const v = get(i);
        return Array.isArray(v) ? (v as Value[]) : null;
      };
    },
  };
}

const SERIES_STATS_KEYS = ["min", "min_idx", "max", "max_idx", "avg", "stdev", "variance"] as const;
const SERIES_FIT_LINE_KEYS = ["rsquare", "slope", "variance", "rvariance", "interception", "line_fit"] as const;

const MULTI_COLUMN: Record<string, MultiColumnFn> = {
  series_stats: keyed(SERIES_STATS_KEYS, ({ g: [arr, ignore] }) => (i) => {
    const v = arr(i);
    return seriesStats(Array.isArray(v) ? (v as Value[]) : null, ignore ? ignore(i) === true : false);
  }),
  // series_fit_line (its page) computes what series_fit_line_dynamic puts in one bag.
  series_fit_line: keyed(SERIES_FIT_LINE_KEYS, seriesFitLineDynamic),
  series_decompose: keyed(["baseline", "seasonal", "trend", "residual"], seriesDecompose),
  series_fft: { applies: () => true, width: () => 2, rows: seriesTransform(false) },
  series_ifft: { applies: () => true, width: () => 2, rows: seriesTransform(true) },
  array_sort_asc: sortedTogether(1),
  array_sort_desc: sortedTogether(-1),
};

/** Names of the functions a tuple assignment may take its columns from. */
export const MULTI_COLUMN_NAMES: ReadonlySet<string> = new Set(Object.keys(MULTI_COLUMN));

const calledName = (n: KNode) => (n.cls === "FunctionCallExpression" ? (n.symbol?.name ?? "").toLowerCase() : "");

/** The call, when `item` is a call that yields several columns. */
export function multiColumnCall(item: KNode | undefined): KNode | undefined {
  if (!item) return undefined;
  const fn = MULTI_COLUMN[calledName(item)];
  return fn && fn.applies(item) ? item : undefined;
}

export function multiColumnWidth(call: KNode): number {
  return MULTI_COLUMN[calledName(call)].width(call);
}

/** The call's columns, named and typed as the analyzer laid them out; `leading`: only its first few (print's shorter tuple). */
export function multiColumns(call: KNode, input: ETable, ctx: QueryContext, names: readonly { name: string; type: EColumn["type"] }[], leading = false): EColumn[] {
  const fn = MULTI_COLUMN[calledName(call)];
  const width = fn.width(call);
  if (leading ? names.length === 0 || names.length > width : names.length !== width) return unsupported(call, `${calledName(call)}() whose output columns differ from the analyzer's`);
  const scope = { table: input, ctx };
  const nodes = callArgs(call);
  const g: Getter[] = nodes.map((n) => compileScalar(n, scope));
  const row = fn.rows({ g, nodes, call, scope });
  // Every column reads the same per-row result: computed once, on first use.
  let parts: (Value[] | null)[] | undefined;
  const partsOf = () => (parts ??= Array.from({ length: input.length }, (_, i) => row(i)));
  return names.map(({ name, type }, k) => lazyColumn(name, type, () => materialize(type, input.length, (i) => partsOf()[i]?.[k] ?? null)));
}
