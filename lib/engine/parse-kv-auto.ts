/**
 * parse-kv without delimiters (parse-kv page, "Nonspecified delimiter"): "any nonalphanumeric
 * character is considered a delimiter". The text is read as tokens — runs of letters and digits,
 * or a quoted string (quote/escape as given) — and a listed key's value is the token right after
 * the first token equal to that key (the page: "ThreadId:458745723, Machine:Node001, Text: Started").
 * A listed key that itself holds a nonalphanumeric character could never be a token: refused.
 */
import type { KNode } from "./kusto";
import { unsupported } from "./syntax";

const ALNUM = /[\p{L}\p{N}]/u;

export interface AutoKvOptions {
  open: string;
  close: string;
  escape: string;
}

export function checkAutoKeys(op: KNode, keys: readonly string[]): void {
  for (const k of keys) if (![...k].every((ch) => ALNUM.test(ch))) unsupported(op, `parse-kv without delimiters of the key '${k}' (it holds a delimiter character)`);
}

function tokens(s: string, o: AutoKvOptions): string[] {
  const out: string[] = [];
  let p = 0;
  while (p < s.length) {
    if (o.open && s[p] === o.open) {
      let text = "";
      let k = p + 1;
      while (k < s.length && s[k] !== o.close) {
        if (o.escape && s[k] === o.escape && k + 1 < s.length) k++;
        text += s[k++];
      }
      out.push(text);
      p = k + 1;
    } else if (ALNUM.test(s[p])) {
      let k = p;
      while (k < s.length && ALNUM.test(s[k])) k++;
      out.push(s.slice(p, k));
      p = k;
    } else p++;
  }
  return out;
}

export function autoPairs(s: string, keys: ReadonlySet<string>, o: AutoKvOptions): Map<string, string> {
  const out = new Map<string, string>();
  const toks = tokens(s, o);
  for (let k = 0; k + 1 < toks.length; k++) if (keys.has(toks[k]) && !out.has(toks[k])) out.set(toks[k], toks[k + 1].trim());
  return out;
}
