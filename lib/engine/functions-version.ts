/**
 * parse_version() (its page): one to four dot-separated parts of up to eight digits, missing parts
 * trailing zeros, become the decimal p1·10^24 + p2·10^16 + p3·10^8 + p4 ("1.2.3.4" is
 * 1,000,000,020,000,000,300,000,004); anything else is null. Such decimals pass 2^53, so the value
 * is carried exactly beside its double (exact-long.ts): printing, ==/</sort/min/max/summarize keys
 * compare the exact values, and every other use of one beyond ±(2^53 − 1) is refused by name
 * (arithmetic on it, and functions given it).
 */
import type { FnImpl } from "./functions";
import { exactGetter } from "./exact-long";
import { unsupported } from "./syntax";

const VERSION = /^\d{1,8}(?:\.\d{1,8}){0,3}$/;
const SHIFT = [10n ** 24n, 10n ** 16n, 10n ** 8n, 1n];

/** The version's decimal; null when the text is not one to four parts of up to eight digits. */
export function versionDecimal(text: string): bigint | null {
  if (!VERSION.test(text)) return null;
  return text.split(".").reduce((sum, part, k) => sum + BigInt(part) * SHIFT[k], 0n);
}

export const VERSION_FUNCTIONS: Record<string, FnImpl> = {
  parse_version: ({ g: [v], call }) =>
    exactGetter((i) => {
      const x = v(i);
      if (typeof x !== "string") return null;
      // The page does not say whether blanks around the version are skipped: refused, not guessed.
      if (x !== x.trim() && VERSION.test(x.trim())) return unsupported(call, "parse_version() of a version with surrounding blanks");
      return versionDecimal(x);
    }),
};
