/**
 * Comparisons with a datetime literal that has 100 ns digits, exactly: `TimeGenerated >
 * datetime(2026-12-05T23:41:10.6781234Z)` is what an engineer writes after copying a timestamp from
 * Kusto's output, which prints seven fraction digits.
 *
 * The engine keeps a datetime as a double of epoch milliseconds, exact to the microsecond, plus one
 * other kind of value: endof*()'s last tick of a period, kept as 500 ns before the next period
 * (datetime-arith.ts reads it the same way). So every datetime it holds is a whole number of
 * microseconds, or one tick less than one, and its exact tick count is known; the literal's comes from
 * its text (datetime-ticks.ts). Both are compared as (whole milliseconds, tick within the millisecond)
 * pairs, which stay below 2^53 through year 9999, so no BigInt is needed per row (microseconds as the
 * first did not: past 2255 two microseconds apart were one double, and 9999-12-31 23:59:59.999999 was
 * not after …998).
 *
 * Null semantics as compileBinary's (scalar.ts): `==` of a null and a value is false, `!=` true, an
 * order comparison null; `between` with a null is false, as compileBetween's (predicates.ts). A literal
 * whose digits past the 7th are not zero stays refused (datetime-ticks.ts reads no such tick count).
 */
import type { KNode } from "./kusto";
import { comparedOperands, floorDiv, isTickLiteral, literalBody, literalOf, textTicks } from "./datetime-ticks";
import type { Scope } from "./scalar";
import { allTokens, childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { decodeStringToken } from "./literals";
import { finerThanDouble } from "../format/kusto-time";
import { constant, type Getter } from "./value-ops";

/** A datetime as whole milliseconds since the epoch and the 100 ns ticks within the millisecond (0..9999). */
type Exact = readonly [ms: number, tick: number];

function exactOfMs(ms: number): Exact {
  const whole = Math.floor(ms);
  // The part below the millisecond, in microseconds (ms − whole is exact).
  const u = (ms - whole) * 1000;
  const r = Math.round(u);
  // The last tick before a period's start (endof*()): one tick below the next microsecond.
  const tick = Math.abs(u - r) < 0.25 ? r * 10 : (Math.round(u + 0.5) - 1) * 10 + 9;
  return tick >= 10_000 ? [whole + 1, tick - 10_000] : [whole, tick];
}

function exactOfTicks(t: bigint): Exact {
  const ms = floorDiv(t, 10_000n);
  return [Number(ms), Number(t - ms * 10_000n)];
}

const compareExact = (a: Exact, b: Exact): number => (a[0] !== b[0] ? Math.sign(a[0] - b[0]) : Math.sign(a[1] - b[1]));

const VERDICT: Record<string, (c: number) => boolean> = {
  EqualExpression: (c) => c === 0,
  NotEqualExpression: (c) => c !== 0,
  LessThanExpression: (c) => c < 0,
  LessThanOrEqualExpression: (c) => c <= 0,
  GreaterThanExpression: (c) => c > 0,
  GreaterThanOrEqualExpression: (c) => c >= 0,
};

/** A side of the comparison: a literal with 100 ns digits read exactly, or any other datetime read per row. */
type Side = { literal: Exact } | { row: Getter };

/** `todatetime("…")` of a string literal with 100 ns digits (the other way to paste a timestamp): its text. */
function tickText(n: KNode): string | undefined {
  if (n.cls === "ParenthesizedExpression") return tickText(nodes(n)[0]);
  if (n.cls !== "FunctionCallExpression" || nameOf(n.children[0]).toLowerCase() !== "todatetime") return undefined;
  const list = childOf(n, "ExpressionList");
  const args = list ? listElements(childOf(list, "SyntaxList")) : [];
  if (args.length !== 1 || args[0].cls !== "LiteralExpression" || args[0].kind !== "StringLiteralExpression") return undefined;
  const text = decodeStringToken(allTokens(args[0]).join("")).trim();
  return finerThanDouble(text) ? text : undefined;
}

/** The literal with 100 ns digits a side is (written, through a `let`, or todatetime() of text), or undefined. */
function tickLiteral(n: KNode, scope: Scope): { ticks: bigint | undefined } | undefined {
  const literal = literalOf(n, scope);
  if (literal && isTickLiteral(literal)) return { ticks: textTicks(literalBody(literal)) };
  const text = tickText(n);
  return text === undefined ? undefined : { ticks: textTicks(text) };
}

function side(n: KNode, scope: Scope, compile: (n: KNode) => Getter): Side | undefined {
  const literal = tickLiteral(n, scope);
  if (!literal) return n.type === "datetime" ? { row: compile(n) } : undefined;
  // Digits past the 7th are no tick count Kusto documents (datetime-ticks.ts).
  if (literal.ticks === undefined) return unsupported(n, "a datetime with a nonzero digit past the 7th fraction digit");
  return { literal: exactOfTicks(literal.ticks) };
}

/** Whether a comparison or a between holds a datetime with 100 ns digits written in the query. */
function hasTickLiteral(n: KNode, scope: Scope): boolean {
  return comparedOperands(n).some((o) => tickLiteral(o, scope) !== undefined);
}

/**
 * A dataset's datetime with 100 ns digits is held only to a double's 0.24 µs, so it cannot be told
 * apart from a literal in the same microsecond: over such rows the comparison is refused, not guessed.
 */
function refuseOverInexactRows(n: KNode, scope: Scope): void {
  if (scope.ctx.tickDigitRows) unsupported(n, "a comparison with a datetime with 100 ns digits over a dataset whose datetimes have 100 ns digits too (held only to the microsecond)");
}

const read = (s: Side, i: number): Exact | null => {
  if ("literal" in s) return s.literal;
  const v = s.row(i);
  return typeof v === "number" ? exactOfMs(v) : null;
};

/**
 * The exact comparison `a op b` where a side is a datetime literal with 100 ns digits, or undefined
 * where neither side is one (the engine's ordinary comparison applies).
 */
export function tickComparison(n: KNode, scope: Scope, compile: (n: KNode) => Getter): Getter | undefined {
  const verdict = VERDICT[n.kind];
  if (!verdict || n.cls !== "BinaryExpression" || !hasTickLiteral(n, scope)) return undefined;
  refuseOverInexactRows(n, scope);
  const [ln, rn] = comparedOperands(n);
  const l = side(ln, scope, compile);
  const r = side(rn, scope, compile);
  if (!l || !r) return unsupported(n, "a comparison of a datetime with 100 ns digits with a value that is not a datetime");
  const whenNull = n.kind === "EqualExpression" ? false : n.kind === "NotEqualExpression" ? true : null;
  const g: Getter = (i) => {
    const a = read(l, i);
    const b = read(r, i);
    // A literal is never null: only the row's side can be.
    if (a === null || b === null) return whenNull;
    return verdict(compareExact(a, b));
  };
  if ("literal" in l && "literal" in r) return constant(g(0));
  return g;
}

/**
 * `v between (lo .. hi)` where a bound is a datetime literal with 100 ns digits: lo <= v <= hi,
 * exactly; `(lo .. span)` with a timespan means [lo, lo + span]. Undefined where no bound is one.
 */
export function tickBetween(n: KNode, scope: Scope, compile: (n: KNode) => Getter): Getter | undefined {
  if (!hasTickLiteral(n, scope)) return undefined;
  refuseOverInexactRows(n, scope);
  const [vn, lon, hin] = comparedOperands(n);
  if (!lon || !hin) return undefined;
  const v = side(vn, scope, compile);
  const lo = side(lon, scope, compile);
  let hi: Side | undefined;
  if (hin.type === "timespan" && lo && "literal" in lo) {
    const span = compile(hin);
    if (!span.constant || typeof span(0) !== "number") return unsupported(n, "between a datetime with 100 ns digits and a timespan that is not a constant");
    const [ms, tick] = lo.literal;
    const ticks = BigInt(ms) * 10_000n + BigInt(tick) + BigInt(Math.round((span(0) as number) * 10_000));
    hi = { literal: exactOfTicks(ticks) };
  } else hi = side(hin, scope, compile);
  if (!v || !lo || !hi) return unsupported(n, "between over a datetime with 100 ns digits and a value that is not a datetime");
  const negate = n.kind === "NotBetweenExpression";
  return (i) => {
    const x = read(v, i);
    const a = read(lo, i);
    const b = read(hi, i);
    if (x === null || a === null || b === null) return false;
    return (compareExact(x, a) >= 0 && compareExact(x, b) <= 0) !== negate;
  };
}
