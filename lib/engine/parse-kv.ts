/**
 * parse-kv (its reference page) with explicit delimiters, or with a regex of two capture groups.
 * Keys and values are trimmed; a quoted key or value keeps its inside (escape character honoured);
 * without greedy a value ends at the next pair delimiter, with greedy=true at the last pair
 * delimiter before the next key. A key listed twice keeps its first value. Without delimiters:
 * parse-kv-auto.ts.
 */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";
import { findColumn, valuesColumn, type ETable } from "./table";
import { convertTo } from "./value-ops";
import { autoPairs, checkAutoKeys } from "./parse-kv-auto";

interface KvOptions {
  pair: string;
  kv: string;
  open: string;
  close: string;
  escape: string;
  greedy: boolean;
}

function readQuoted(s: string, p: number, o: KvOptions): { text: string; end: number } {
  let text = "";
  let k = p + 1;
  while (k < s.length && s[k] !== o.close) {
    if (o.escape && s[k] === o.escape && k + 1 < s.length) k++;
    text += s[k++];
  }
  return { text, end: Math.min(k + 1, s.length) };
}

function pairsOf(s: string, o: KvOptions): Map<string, string> {
  const out = new Map<string, string>();
  const set = (k: string, v: string) => {
    if (!out.has(k)) out.set(k, v);
  };
  let p = 0;
  while (p < s.length) {
    while (p < s.length && (s.startsWith(o.pair, p) || s[p] === " ")) p += s.startsWith(o.pair, p) ? o.pair.length : 1;
    if (p >= s.length) break;
    let key: string;
    if (o.open && s[p] === o.open) {
      const q = readQuoted(s, p, o);
      key = q.text;
      p = q.end;
    } else {
      const kvAt = s.indexOf(o.kv, p);
      const pairAt = s.indexOf(o.pair, p);
      if (kvAt < 0 || (pairAt >= 0 && pairAt < kvAt)) {
        // A token without a key/value delimiter: not a pair.
        p = pairAt < 0 ? s.length : pairAt + o.pair.length;
        continue;
      }
      key = s.slice(p, kvAt);
      p = kvAt;
    }
    while (p < s.length && s[p] === " " && o.kv !== " ") p++;
    if (!s.startsWith(o.kv, p)) continue;
    p += o.kv.length;
    while (p < s.length && s[p] === " " && o.pair !== " ") p++;
    let value: string;
    if (o.open && s[p] === o.open) {
      const q = readQuoted(s, p, o);
      value = q.text;
      p = q.end;
    } else {
      let end = s.indexOf(o.pair, p);
      if (o.greedy) {
        // Extend over pair delimiters that are not followed by another key.
        while (end >= 0) {
          const next = s.indexOf(o.pair, end + o.pair.length);
          const kvAt = s.indexOf(o.kv, end + o.pair.length);
          if (kvAt >= 0 && (next < 0 || kvAt < next)) break;
          end = next;
        }
      }
      if (end < 0) end = s.length;
      value = s.slice(p, end);
      p = end;
    }
    set(key.trim(), value.trim());
  }
  return out;
}

export function parseKv(op: KNode, input: ETable, ctx: QueryContext): ETable {
  const source = nodes(op).find((c) => c.cls !== "RowSchema" && c.cls !== "ParseKvWithClause");
  if (!source) return unsupported(op);
  const scope = { table: input, ctx };
  const params = new Map<string, Value>();
  const clause = childOf(op, "ParseKvWithClause");
  for (const p of clause ? listElements(childOf(clause, "SyntaxList")) : []) {
    const [name, value] = nodes(p);
    params.set(nameOf(name).toLowerCase(), compileScalar(value, scope)(0));
  }
  for (const k of params.keys()) if (!["pair_delimiter", "kv_delimiter", "quote", "escape", "greedy", "regex"].includes(k)) return unsupported(op, `parse-kv ${k}=`);
  const regex = params.get("regex");
  const quote = String(params.get("quote") ?? "");
  if (quote.length > 2) return unsupported(op, "parse-kv with several quote characters");
  const o: KvOptions = {
    pair: String(params.get("pair_delimiter") ?? ""),
    kv: String(params.get("kv_delimiter") ?? ""),
    open: quote[0] ?? "",
    close: quote[1] ?? quote[0] ?? "",
    escape: String(params.get("escape") ?? ""),
    greedy: params.get("greedy") === true,
  };
  const auto = regex === undefined && !params.has("pair_delimiter") && !params.has("kv_delimiter");
  if (regex === undefined && !auto && (!o.pair || !o.kv)) return unsupported(op, "parse-kv with only one of pair_delimiter and kv_delimiter");
  let rx: RegExp | undefined;
  try {
    rx = regex === undefined ? undefined : new RegExp(String(regex), "g");
  } catch (e) {
    return unsupported(op, `parse-kv regex (${(e as Error).message})`);
  }

  const get = compileScalar(source, scope);
  const added = (op.columns ?? []).filter((c) => !findColumn(input, c.name));
  const keys = new Set(added.map((c) => c.name));
  if (auto) checkAutoKeys(op, [...keys]);
  const values = added.map(() => new Array<Value>(input.length));
  for (let i = 0; i < input.length; i++) {
    const v = get(i);
    const text = v === null ? "" : String(v);
    let pairs: Map<string, string>;
    if (rx) {
      pairs = new Map();
      for (const m of text.matchAll(rx)) if (m[1] !== undefined && !pairs.has(m[1].trim())) pairs.set(m[1].trim(), (m[2] ?? "").trim());
    } else pairs = auto ? autoPairs(text, keys, o) : pairsOf(text, o);
    added.forEach((c, k) => {
      const found = pairs.get(c.name);
      values[k][i] = found === undefined ? (c.type === "string" ? "" : null) : convertTo(c.type, found);
    });
  }
  return { length: input.length, columns: [...input.columns, ...added.map((c, k) => valuesColumn(c.name, c.type, values[k]))] };
}
