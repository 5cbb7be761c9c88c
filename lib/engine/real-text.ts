/**
 * The text of a real (tostring(), strcat(), string operators on a real). Kusto runs on .NET, whose
 * shortest round-trip form switches to an exponent at 1e15 and below 1e-4 ("1E+15", "1E-05"), where
 * JavaScript's switches at 1e21 and below 1e-6 ("1e+21", "1e-7"); no reference page gives Kusto's text
 * for such a value, so a real that far from 1 is refused by name rather than printed in a guessed form.
 * Negative zero likewise. In between the two agree ("0.30000000000000004", "123456789.123", "NaN", "Infinity").
 */
import { KqlUnsupportedError } from "./errors";

export function realText(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e15) && Number.isFinite(a)) {
    throw new KqlUnsupportedError("the text of a real below 1e-4 or from 1e15 in magnitude (.NET and JavaScript write such numbers differently; Kusto's form is not documented)", undefined, String(v));
  }
  // .NET Core writes negative zero as "-0", JavaScript as "0" (round(-0.001, 2) is one): the same gap.
  if (v === 0 && Object.is(v, -0)) throw new KqlUnsupportedError("the text of a negative zero (.NET writes \"-0\", JavaScript \"0\"; Kusto's form is not documented)");
  return String(v);
}

/** .NET's shortest round-trip text of a real far from 1 ("6.7E-05", "1E+15"): exponent signed, two digits at least. */
function netExponentText(v: number): string {
  const [mantissa, exponent] = v.toExponential().split("e");
  const e = Number(exponent);
  return `${mantissa}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/**
 * The texts a real may have in Kusto: one where JavaScript and .NET agree, both where they don't.
 * A test over the text (`has`, `contains`, a search term) answers when it gives the same on both,
 * so `search "error"` still runs over a column holding 0.000067; only a test whose answer depends on
 * the form ("E-05" or "0.0000") is refused.
 */
export function realTextCandidates(v: number): string[] {
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e15) && Number.isFinite(a)) return [String(v), netExponentText(v)];
  if (v === 0 && Object.is(v, -0)) return ["0", "-0"];
  return [String(v)];
}

export function testRealText(v: number, test: (text: string) => boolean): boolean {
  const [first, ...others] = realTextCandidates(v);
  const answer = test(first);
  for (const other of others) {
    if (test(other) !== answer) {
      throw new KqlUnsupportedError(`a text test on a real whose Kusto text is not documented (JavaScript writes ${first}, .NET ${other}, and the test tells them apart)`, undefined, String(v));
    }
  }
  return answer;
}
