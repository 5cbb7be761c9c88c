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
