/**
 * datetime_part(), datetime_diff() and tostring() of datetime literals with 100 ns digits, exactly.
 *
 * The engine keeps a datetime as a double of epoch milliseconds, exact to the microsecond (a double
 * near today is spaced about 0.24 µs), so a literal with a nonzero 7th fraction digit
 * (`datetime(2017-10-30 01:02:03.7654321)`) is refused wherever its value would flow on. Where such
 * a literal (written in the call, or through a `let` name bound to it) is a datetime argument of
 * datetime_part() or datetime_diff(), or tostring()'s argument, the call is evaluated here from the
 * literal's text as a whole count of 100 ns ticks (BigInt), so the parts below the microsecond are exact. Compared
 * with a datetime (`where TimeGenerated > datetime(2026-12-05T23:41:10.6781234Z)`, a timestamp copied from Kusto's output) it is
 * exact too (datetime-tick-compare.ts). Every other use of such a literal is still refused by name (literals.ts); a `let` bound to one is compiled where it is
 * used (evaluator.ts), so the refusal names that use.
 *
 * datetime_diff()'s other datetime must be a literal too (with or without tick digits): a computed
 * datetime is not always exact to the microsecond (endofday() keeps its last tick as 500 ns before
 * the next day), so its ticks could be silently wrong. Such calls are refused by name.
 */
import type { KNode } from "./kusto";
import { DATETIME_FUNCTIONS } from "./functions-datetime";
import type { Scope } from "./scalar";
import { allTokens, childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { constant, type Getter } from "./value-ops";
import { lazy } from "./long-arith";
import { datetimeTextKusto, finerThanDouble, parseDatetime } from "../format/kusto-time";

const TICKS_PER_SECOND = 10_000_000n;
const TICKS_PER_MS = 10_000n;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

/** The text inside `datetime(...)` of a DateTimeLiteralExpression. */
export function literalBody(n: KNode): string {
  const text = allTokens(n).filter((t) => t !== "").join(" ");
  const m = /^[a-z]+\s*\(\s*([\s\S]*?)\s*\)$/i.exec(text);
  return m ? m[1] : text;
}

/**
 * Epoch ticks of a datetime literal's text, or undefined where it is not a full date and time this
 * reads exactly. Digits past the 7th are not a tick count: Kusto does not document them, so a
 * literal with a nonzero one stays refused.
 */
export function textTicks(body: string): bigint | undefined {
  const m = /(:\d{2})\.(\d+)/.exec(body);
  const fraction = m ? m[2] : "";
  if (/[1-9]/.test(fraction.slice(7))) return undefined;
  const whole = parseDatetime(m ? body.replace(m[0], m[1]) : body);
  if (!Number.isFinite(whole) || whole % 1000 !== 0) return undefined;
  return BigInt(whole) * TICKS_PER_MS + BigInt(fraction.slice(0, 7).padEnd(7, "0"));
}

/**
 * Whether a `let` body is a datetime literal finer than its double holds (bound so that it is compiled
 * where it is used): 100 ns digits, or microseconds before 1691 or after 2248, datetime(9999-12-31
 * 23:59:59.999999), Kusto's largest microsecond, among them (finerThanDouble).
 */
export function isTickLiteral(n: KNode): boolean {
  return n.cls === "LiteralExpression" && n.kind === "DateTimeLiteralExpression" && finerThanDouble(literalBody(n));
}

/** The datetime literal an argument is: written there (in parentheses or not), or a `let` name bound to one. */
export function literalOf(n: KNode, scope: Scope): KNode | undefined {
  if (n.cls === "ParenthesizedExpression") return literalOf(nodes(n)[0], scope);
  if (n.cls === "LiteralExpression" && n.kind === "DateTimeLiteralExpression") return n;
  // The lookup order of compileName (scalar.ts): a function's parameter hides a let of its name.
  if (n.cls !== "NameReference" || n.symbol?.kind !== "Variable" || scope.params?.has(nameOf(n))) return undefined;
  const bound = scope.ctx.volatileLets?.get(nameOf(n));
  return bound && isTickLiteral(bound) ? bound : undefined;
}

interface Ticked {
  /** Epoch ticks of each datetime argument; undefined where it is not a literal read exactly. */
  ticks: (bigint | undefined)[];
  /** Whether any of them has 100 ns digits. */
  fine: boolean;
}

function tickArguments(args: KNode[], scope: Scope): Ticked {
  const literals = args.map((a) => literalOf(a, scope));
  return {
    ticks: literals.map((l) => (l ? textTicks(literalBody(l)) : undefined)),
    fine: literals.some((l) => l !== undefined && isTickLiteral(l)),
  };
}

export const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));

/** The epoch milliseconds of the whole second a tick count falls in (every calendar part above the second reads only that). */
const wholeSecondMs = (t: bigint): number => Number(floorDiv(t, TICKS_PER_SECOND) * 1000n);

function constantLong(v: bigint, call: KNode, what: string): Getter {
  if (v > INT64_MAX || v < INT64_MIN) return unsupported(call, `${what} outside the 64-bit long range`);
  const g = Number.isSafeInteger(Number(v)) ? constant(Number(v)) : lazy(() => Number(v), () => v);
  g.constant = true;
  return g;
}

/** A unit's size in ticks, for the units whose boundaries are whole multiples of it from the epoch. */
const UNIT_TICKS: Record<string, bigint> = {
  day: 864_000_000_000n,
  hour: 36_000_000_000n,
  minute: 600_000_000n,
  second: TICKS_PER_SECOND,
  millisecond: TICKS_PER_MS,
  microsecond: 10n,
};

/** The part's name as datetime_diff reads it (functions-datetime.ts: case-insensitive, a trailing s dropped). */
const diffUnit = (text: string) => text.toLowerCase().replace(/s$/, "");

/**
 * datetime_part(part, dt): the fraction parts are of the second's fraction (the page's example:
 * 01:02:03.7654321 has millisecond 765, microsecond 765432, nanosecond 765432100); the others are
 * those of the whole second, computed by the engine's own datetime_part.
 */
function exactPart(call: KNode, args: KNode[], g: Getter[], scope: Scope, t: bigint): Getter {
  const unit = String(g[0](0)).toLowerCase();
  const fraction = t - floorDiv(t, TICKS_PER_SECOND) * TICKS_PER_SECOND;
  if (unit === "millisecond") return constant(Number(fraction / TICKS_PER_MS));
  if (unit === "microsecond") return constant(Number(fraction / 10n));
  if (unit === "nanosecond") return constant(Number(fraction * 100n));
  return DATETIME_FUNCTIONS.datetime_part({ g: [g[0], constant(wholeSecondMs(t))], nodes: args, call, scope });
}

/**
 * datetime_diff(period, dt1, dt2): the count of the period's boundaries between them (the page's
 * examples: 'microsecond' of .1009001 and .1008009 is 100). A nanosecond boundary is crossed 100
 * times per tick (the page's -700 for 7 ticks). The calendar periods (week, month, quarter, year)
 * start on whole days, so the engine's own datetime_diff over the whole seconds gives them.
 */
function exactDiff(call: KNode, args: KNode[], g: Getter[], scope: Scope, x: bigint, y: bigint): Getter {
  const unit = diffUnit(String(g[0](0)));
  if (unit === "nanosecond") return constantLong((x - y) * 100n, call, "datetime_diff('nanosecond', ...)");
  const size = UNIT_TICKS[unit];
  if (size !== undefined) return constantLong(floorDiv(x, size) - floorDiv(y, size), call, `datetime_diff('${unit}', ...)`);
  return DATETIME_FUNCTIONS.datetime_diff({ g: [g[0], constant(wholeSecondMs(x)), constant(wholeSecondMs(y))], nodes: args, call, scope });
}

/**
 * The exact evaluation of `name(args)` where a datetime argument is a literal with 100 ns digits, or
 * undefined where the engine's ordinary evaluation applies. `compileArg` compiles the period argument.
 */
export function tickCall(name: string, call: KNode, args: KNode[], scope: Scope, compileArg: (n: KNode) => Getter): Getter | undefined {
  if (name === "tostring") return args.length === 1 ? tickText(args[0], scope) : undefined;
  if (name !== "datetime_part" && name !== "datetime_diff") return undefined;
  if (args.length !== (name === "datetime_part" ? 2 : 3)) return undefined;
  const { ticks, fine } = tickArguments(args.slice(1), scope);
  // Literals without 100 ns digits too, for the parts the double-based functions refuse (they are
  // not exact past the microsecond for every datetime: endofday()'s last tick).
  const finePart = () => {
    const text = args[0].cls === "LiteralExpression" && args[0].kind === "StringLiteralExpression" ? compileArg(args[0])(0) : undefined;
    const unit = typeof text === "string" ? (name === "datetime_part" ? text.toLowerCase() : diffUnit(text)) : "";
    return (unit === "nanosecond" || (unit === "microsecond" && name === "datetime_part")) && ticks.every((t) => t !== undefined);
  };
  if (!fine && !finePart()) return undefined;
  const period = compileArg(args[0]);
  if (!period.constant) return unsupported(call, `${name}() of a datetime with 100 ns digits and a period that is not a constant`);
  const [x, y] = ticks;
  // Not a literal read exactly: a computed datetime, a name, null, or digits past the 7th.
  if (x === undefined || (name === "datetime_diff" && y === undefined)) return unsupported(call, `${name}() of a datetime with 100 ns digits and a datetime that is not a datetime literal of at most 7 fraction digits`);
  const g = [period];
  return name === "datetime_part" ? exactPart(call, args, g, scope, x) : exactDiff(call, args, g, scope, x, y as bigint);
}

/**
 * tostring() of such a literal: Kusto's text of a datetime (seven fraction digits, `Z`), written by the
 * formatter every datetime's text uses, from the whole second and the ticks.
 */
function tickText(arg: KNode, scope: Scope): Getter | undefined {
  const literal = literalOf(arg, scope);
  const t = literal && isTickLiteral(literal) ? textTicks(literalBody(literal)) : undefined;
  if (t === undefined) return undefined;
  const fraction = t - floorDiv(t, TICKS_PER_SECOND) * TICKS_PER_SECOND;
  return constant(datetimeTextKusto(wholeSecondMs(t), Number(fraction)));
}

const COMPARISONS = new Set(["EqualExpression", "NotEqualExpression", "LessThanExpression", "LessThanOrEqualExpression", "GreaterThanExpression", "GreaterThanOrEqualExpression"]);

/** The two sides of a comparison, or a between's value and bounds (datetime-tick-compare.ts reads them); [] for other nodes. */
export function comparedOperands(n: KNode): KNode[] {
  if (n.cls === "BinaryExpression" && COMPARISONS.has(n.kind)) return nodes(n).slice(0, 2);
  if (n.cls !== "BetweenExpression") return [];
  const [value, couple] = nodes(n);
  return couple ? [value, ...nodes(couple).slice(0, 2)] : [value];
}

const TICK_CALLS = new Set(["datetime_part", "datetime_diff", "tostring"]);

/**
 * The datetime literals with 100 ns digits that the static check (support.ts) leaves to the
 * evaluation: the datetime arguments of datetime_part()/datetime_diff() and tostring()'s, and `let` bodies (a use of
 * the name elsewhere is refused where it is compiled).
 */
export function tickLiteralSites(root: KNode): Set<KNode> {
  const out = new Set<KNode>();
  const unwrap = (n: KNode): KNode => (n.cls === "ParenthesizedExpression" ? unwrap(nodes(n)[0]) : n);
  const visit = (n: KNode) => {
    if (n.isToken) return;
    if (n.cls === "LetStatement") {
      const value = nodes(n)[1];
      if (value && isTickLiteral(value)) out.add(value);
    }
    const name = n.cls === "FunctionCallExpression" ? (n.symbol?.name ?? nameOf(n.children[0])).toLowerCase() : "";
    if (TICK_CALLS.has(name)) {
      const list = childOf(n, "ExpressionList");
      const args = list ? listElements(childOf(list, "SyntaxList")) : [];
      // tostring()'s one argument; the datetime arguments of datetime_part()/datetime_diff().
      for (const a of args.slice(name === "tostring" ? 0 : 1).map(unwrap)) if (isTickLiteral(a)) out.add(a);
    }
    // The operands of a comparison and the bounds of a between (datetime-tick-compare.ts).
    for (const a of comparedOperands(n).map(unwrap)) if (isTickLiteral(a)) out.add(a);
    for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}
