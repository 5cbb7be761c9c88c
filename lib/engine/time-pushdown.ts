/**
 * Time bounds implied by `where` predicates on TimeGenerated: `T | where TimeGenerated > ago(1h)`
 * straight on a table lets the scan read only that window (binary search on a time-ordered table).
 * The bounds are a superset of the rows the predicate keeps; the filter still runs on them.
 */
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { allTokens, nameOf, nodes } from "./syntax";

export interface TimeBounds {
  from: number;
  to: number;
}

export const UNBOUNDED: TimeBounds = { from: -Infinity, to: Infinity };

// Functions whose value is not fixed for the whole query: never used as a bound.
const IMPURE = new Set(["rand", "new_guid", "prev", "next", "row_number", "row_cumsum", "row_rank_dense", "row_rank_min", "row_rank", "row_window_session", "pack_all"]);

function isTimeColumn(n: KNode): boolean {
  return n.cls === "NameReference" && n.symbol?.kind === "Column" && nameOf(n) === "TimeGenerated";
}

/** The value of a row-independent datetime expression, or undefined when it depends on rows or fails. */
function constantTime(n: KNode, ctx: QueryContext, type: string = "datetime"): number | undefined {
  if (n.type !== type) return undefined;
  if (allTokens(n).some((t) => IMPURE.has(t.toLowerCase()))) return undefined;
  try {
    // No columns in scope: an expression reading one fails to compile and gives no bound.
    const v = compileScalar(n, { table: { length: 1, columns: [] }, ctx })(0);
    return typeof v === "number" && !Number.isNaN(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function intersect(a: TimeBounds, b: TimeBounds): TimeBounds {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

const FLIPPED: Record<string, string> = {
  GreaterThanExpression: "LessThanExpression",
  GreaterThanOrEqualExpression: "LessThanOrEqualExpression",
  LessThanExpression: "GreaterThanExpression",
  LessThanOrEqualExpression: "GreaterThanOrEqualExpression",
};

/** Bounds on TimeGenerated that every row passing `pred` satisfies (UNBOUNDED when none are known). */
export function timeBounds(pred: KNode, ctx: QueryContext): TimeBounds {
  if (pred.cls === "ParenthesizedExpression") {
    const inner = nodes(pred)[0];
    return inner ? timeBounds(inner, ctx) : UNBOUNDED;
  }
  if (pred.cls === "BinaryExpression" && pred.kind === "AndExpression") {
    const [l, r] = nodes(pred);
    return intersect(timeBounds(l, ctx), timeBounds(r, ctx));
  }
  if (pred.cls === "BinaryExpression" && pred.kind in FLIPPED) {
    let [l, r] = nodes(pred);
    let kind = pred.kind;
    if (!isTimeColumn(l)) {
      [l, r] = [r, l];
      kind = FLIPPED[kind];
    }
    if (!isTimeColumn(l)) return UNBOUNDED;
    const c = constantTime(r, ctx);
    if (c === undefined) return UNBOUNDED;
    // `<= c` keeps t < c + 1 ms; `> c` keeps t >= c: both supersets of the predicate.
    if (kind === "GreaterThanExpression" || kind === "GreaterThanOrEqualExpression") return { from: c, to: Infinity };
    if (kind === "LessThanExpression") return { from: -Infinity, to: c };
    return { from: -Infinity, to: c + 1 };
  }
  if (pred.cls === "BetweenExpression" && pred.kind === "BetweenExpression") {
    const [v, couple] = nodes(pred);
    if (!isTimeColumn(v) || !couple) return UNBOUNDED;
    const [lon, hin] = nodes(couple);
    const lo = constantTime(lon, ctx);
    if (lo === undefined || !hin) return UNBOUNDED;
    const span = hin.type === "timespan" ? constantTime(hin, ctx, "timespan") : undefined;
    const hi = span !== undefined ? lo + span : constantTime(hin, ctx);
    if (hi === undefined) return UNBOUNDED;
    return { from: lo, to: hi + 1 };
  }
  return UNBOUNDED;
}

/** Bounds of a chain of filters (all must hold). */
export function filtersBounds(predicates: readonly KNode[], ctx: QueryContext): TimeBounds {
  return predicates.reduce((b, p) => intersect(b, timeBounds(p, ctx)), UNBOUNDED);
}
