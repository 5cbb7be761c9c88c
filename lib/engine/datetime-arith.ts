/**
 * Datetime arithmetic kept to the engine's precision: datetimes are milliseconds in a double, exact
 * to the microsecond, so `datetime − datetime` is rounded back to the 100 ns tick and `datetime ±
 * timespan` refuses what would need finer than a microsecond.
 */
import { MICROS_HELD_MS } from "../format/kusto-time";
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

/** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z: Kusto's datetimes lie between (the datetime data type page). */
const FIRST_DATETIME_MS = -62_135_596_800_000;
const PAST_LAST_DATETIME_MS = 253_402_300_800_000;

/**
 * A unixtime_*_todatetime() result, or null outside Kusto's range: their pages give null when the
 * conversion does not succeed, and a moment no datetime holds is one it cannot succeed for.
 */
export function unixtimeDatetime(ms: number): number | null {
  return ms >= FIRST_DATETIME_MS && ms < PAST_LAST_DATETIME_MS ? ms : null;
}

/**
 * unixtime_microseconds_todatetime() and _nanoseconds_ given as whole milliseconds and the rest
 * (each exact): null outside the range (unixtimeDatetime), refused where the sum's double loses a
 * microsecond of the rest (after 2248: 253402300799999999 µs was the double of 10000-01-01).
 */
export function unixtimeOfParts(wholeMs: number, restMs: number, what: string): number | null {
  if (unixtimeDatetime(wholeMs) === null) return null;
  const ms = wholeMs + restMs;
  if (Math.abs(ms) >= MICROS_HELD_MS && Math.round((ms - wholeMs) * 1000) !== Math.round(restMs * 1000)) {
    throw new KqlUnsupportedError(`${what} of a microsecond before 1691 or after 2248 (datetimes are kept as a double of milliseconds, spaced up to 31 µs apart there)`);
  }
  return unixtimeDatetime(ms);
}

/**
 * `when` moved by `movedMs` (= `result`), or a refusal naming `what`: a result outside Kusto's datetime
 * range, whose behaviour Kusto does not document (.NET's DateTime throws; whether Kusto answers null,
 * an error or a clamped value no page says), and a result whose microseconds its double lost.
 */
export function checkedDatetime(result: number, when: number, movedMs: number, what: string, pos?: number): number {
  // The lost microsecond first: 9999-12-31 23:59:59.999999 rounds to the double of 10000-01-01.
  if (Math.abs(result) >= MICROS_HELD_MS && Math.round((result - when) * 1000) !== Math.round(movedMs * 1000)) {
    throw new KqlUnsupportedError(`${what} to a microsecond before 1691 or after 2248 (datetimes are kept as a double of milliseconds, spaced up to 31 µs apart there)`, pos);
  }
  if (!(result >= FIRST_DATETIME_MS && result < PAST_LAST_DATETIME_MS)) {
    throw new KqlUnsupportedError(`${what} past 9999-12-31 or before 0001-01-01 (Kusto does not document the result)`, pos);
  }
  return result;
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
      return checkedDatetime(arith(a, b), when, kind === "AddExpression" ? span : -span, "datetime ± timespan", n.pos);
    };
  }
  return undefined;
}
