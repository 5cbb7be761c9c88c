/**
 * The text of a dynamic value (tostring(), strcat(), extract_json(), a text test on a dynamic): JSON.
 * Kusto writes a dynamic's reals in .NET Framework's round-trip form: 15 significant digits when they
 * read back exactly, else 17 digits, and .NET Framework does not round those 17 correctly (the series
 * pages print cos(1) as 0.54030230586813976, atan(1) as 0.78539816339744828; correctly rounded, the
 * first ends in 77). JavaScript writes the shortest form that reads back (0.5403023058681398). The two
 * agree for a number whose shortest form has at most 15 significant digits, between 1e-4 and 1e15.
 *
 * For other reals the text is JavaScript's, a choice: refusing it broke the reference's own idiom of
 * carrying a polygon through tostring(pack(...)) and parse_json() (geo-point-in-polygon#3), where only
 * the values that read back matter, and both forms read back to the same reals. Where the digits
 * themselves decide an answer (has, contains, a search term over the text) the test runs on both forms
 * and is refused when they disagree. Whole numbers are written as JavaScript writes them ("1"): the
 * engine keeps no long/real distinction inside a dynamic value, and Kusto writes a whole real there as
 * "1.0" (the make-series page). Both differences are listed in docs/api-and-cli.md.
 */
import type { Value } from "../dataset/columns";
import { KqlUnsupportedError } from "./errors";

const MAX_AGREEING_DIGITS = 15;

/** Why `n` inside a dynamic has other digits in Kusto, or undefined when JavaScript writes what Kusto writes. */
function unwritable(n: number): string | undefined {
  if (!Number.isFinite(n)) return `${n}`;
  if (Object.is(n, -0)) return "-0";
  // A whole number is taken for a long (see above); past 2^53 it can only be a real (exact longs are bigints).
  if (Number.isSafeInteger(n)) return undefined;
  const a = Math.abs(n);
  if (a < 1e-4 || a >= 1e15) return String(n);
  const digits = n.toExponential().split("e")[0].replace(/[-.]/g, "").length;
  return digits > MAX_AGREEING_DIGITS ? String(n) : undefined;
}

/** The first number of `v` (depth first) whose text Kusto writes otherwise, or undefined. */
function firstUnwritable(v: unknown): string | undefined {
  if (typeof v === "number") return unwritable(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const found = firstUnwritable(x);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (v !== null && typeof v === "object") return firstUnwritable(Object.values(v));
  return undefined;
}

const REASON =
  "a dynamic value holding a real of more than 15 significant digits, below 1e-4 or from 1e15 in magnitude, -0, NaN or infinite (Kusto writes them in .NET Framework's form, 17 digits not correctly rounded or an E exponent, which is not reproducible here)";

/** JSON text of a dynamic value: Kusto's, but for the reals named above (JavaScript's digits). */
export function dynamicText(v: object): string {
  return JSON.stringify(v);
}

/**
 * `test` of a dynamic value's text. With a real Kusto writes otherwise, the test runs on JavaScript's
 * text and on one with such reals in 17 digits, and answers when both agree: `search "error"` over a
 * column of coordinates still runs; a test over the digits themselves is refused.
 */
export function testDynamicText(v: object, test: (text: string) => boolean): boolean {
  const js = JSON.stringify(v);
  if (firstUnwritable(v) === undefined) return test(js);
  const long = JSON.stringify(v, (_k, x: Value) => (typeof x === "number" && unwritable(x) !== undefined ? `\u0001${x.toPrecision(17)}\u0001` : x)).replace(/"\u0001([^\u0001]*)\u0001"/g, "$1");
  const answer = test(js);
  if (test(long) !== answer) throw new KqlUnsupportedError(`a text test on ${REASON}`, undefined, js.slice(0, 80));
  return answer;
}
