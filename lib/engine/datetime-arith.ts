/**
 * Datetime arithmetic kept to the engine's precision: datetimes are milliseconds in a double, exact
 * to the microsecond, so `datetime − datetime` is rounded back to the 100 ns tick and `datetime ±
 * timespan` refuses what would need finer than a microsecond.
 */
import { KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";
import type { Getter } from "./value-ops";

/**
 * Whether milliseconds are a whole number of microseconds, within `slackMicros` of float noise (a
 * timespan's is far below a tick; a datetime's, near today's epoch, up to 0.12 µs).
 */
const wholeMicros = (ms: number, slackMicros: number) => Math.abs(ms * 1000 - Math.round(ms * 1000)) < slackMicros;

/**
 * datetime − datetime to the 100 ns tick. Each side is exact to the microsecond (text and arithmetic
 * past it are refused) but carries up to 0.12 µs of float noise, which a plain subtraction would print
 * as a 7th digit (10:00:00.1234561); endof*()'s last tick, kept half a microsecond below the next
 * period, counts as that tick. Whole microseconds stay below 2^53 for datetimes up to year 2255.
 */
function datetimeDifference(a: number, b: number): number {
  const [ua, ub] = [a * 1000, b * 1000];
  const [ra, rb] = [Math.round(ua), Math.round(ub)];
  const lastTickA = Math.abs(ua - ra) < 0.25 ? 0 : 1;
  const lastTickB = Math.abs(ub - rb) < 0.25 ? 0 : 1;
  const micros = Math.round(ua + lastTickA / 2) - Math.round(ub + lastTickB / 2);
  return (micros * 10 - lastTickA + lastTickB) / 10_000;
}

/**
 * `l op r` when it is datetime − datetime or datetime ± timespan (`arith` is the plain number
 * operation); undefined for any other arithmetic.
 */
export function datetimeArithmetic(n: KNode, [ln, rn]: KNode[], l: Getter, r: Getter, arith: (a: number, b: number) => number): Getter | undefined {
  const kind = n.kind;
  if (kind === "SubtractExpression" && ln.type === "datetime" && rn.type === "datetime") {
    return (i) => {
      const a = l(i);
      const b = r(i);
      return typeof a !== "number" || typeof b !== "number" ? null : datetimeDifference(a, b);
    };
  }
  if (n.type === "datetime" && (kind === "AddExpression" || kind === "SubtractExpression")) {
    const spanLeft = ln.type === "timespan";
    return (i) => {
      const a = l(i);
      const b = r(i);
      if (typeof a !== "number" || typeof b !== "number") return null;
      const [when, span] = spanLeft ? [b, a] : [a, b];
      if (!wholeMicros(span, 1e-3)) throw new KqlUnsupportedError("datetime ± a timespan finer than a microsecond (datetimes are kept to the microsecond)", n.pos);
      // endof*()'s last tick is kept half a microsecond below the next period: it cannot move by whole microseconds.
      if (!wholeMicros(when, 0.25)) throw new KqlUnsupportedError("arithmetic on endof*()'s last tick (datetimes are kept to the microsecond)", n.pos);
      return arith(a, b);
    };
  }
  return undefined;
}
