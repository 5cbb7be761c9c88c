/**
 * Kusto's dynamic values keep each number's type (a long 36 or a real 36.0); a JS number does not.
 * An array written in a `dynamic([...])` literal remembers here whether its numbers were all longs
 * or all reals, for the functions whose result depends on it: series_fill_linear truncates the
 * interpolations of an int/long array and keeps a real array's exact (its page). make-series records
 * its series too (their elements have the aggregate's type). Arrays built any other way have no
 * recorded kind, and those functions refuse where the kind would matter.
 */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import { nodes } from "./syntax";

export type NumberKind = "long" | "real" | "mixed";

const KINDS = new WeakMap<object, NumberKind>();

export function numberKindOf(arr: readonly Value[]): NumberKind | undefined {
  return KINDS.get(arr);
}

/** `arr` holds numbers of `kind` (a function's result keeps its input's element type). */
export function noteNumberKind<T extends Value[]>(arr: T, kind: NumberKind | undefined): T {
  if (kind) KINDS.set(arr, kind);
  return arr;
}

/** The numeric type an element of a dynamic literal was written with (-5 is a long too). */
function literalKind(n: KNode): "long" | "real" | undefined {
  if (n.cls === "PrefixUnaryExpression") return literalKind(nodes(n)[0]);
  if (n.cls !== "LiteralExpression") return undefined;
  if (n.kind === "LongLiteralExpression" || n.kind === "IntLiteralExpression") return "long";
  if (n.kind === "RealLiteralExpression") return "real";
  return undefined;
}

/** Records the kind of a dynamic literal's array from its element nodes. */
export function noteLiteralArray(arr: Value[], elements: readonly KNode[]): Value[] {
  let kind: NumberKind | undefined;
  for (const e of elements) {
    const k = literalKind(e);
    if (k) kind = kind === undefined || kind === k ? k : "mixed";
  }
  return noteNumberKind(arr, kind);
}

/**
 * make-series' arrays hold the aggregate's type (count() longs, avg() reals). A long series whose
 * default is a fraction mixes the two, so it is recorded only when every element fits the type.
 */
export function noteSeriesKind(arrays: Value[][], aggregateType: string | undefined): void {
  const kind = aggregateType === "long" || aggregateType === "int" ? "long" : aggregateType === "real" ? "real" : undefined;
  if (!kind) return;
  for (const arr of arrays) {
    if (kind === "long" && !arr.every((v) => v === null || Number.isInteger(v))) continue;
    noteNumberKind(arr, kind);
  }
}
