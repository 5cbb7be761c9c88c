/**
 * parse operator (learn.microsoft.com/kusto/query/parse-operator): the pattern becomes one regex,
 * anchored at the start of the text; each column is a capture group converted to its type.
 * - simple (default): literals match literally; `*` and string columns are non-greedy; a column that
 *   ends the pattern takes the rest of the text (the page's examples end that way). Strict: if a typed
 *   column does not convert, every extended column of the row is null.
 * - regex: literals are regular expressions; `*` and string columns are greedy unless flags has `U`
 *   (the page's "flags=Ui" example); strict like simple.
 * - relaxed: as simple, but a typed column that does not convert is null on its own.
 * long/int columns match `-?\d+` and real columns a decimal number (relaxed: optionally, then anything
 * up to the next literal: the page's relaxed example keeps sliceNumber after a bad totalSlices); other
 * typed columns match like strings and are then converted.
 */
import type { Value } from "../dataset/columns";
import { KqlRuntimeError } from "./errors";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { childrenOf, listElements, nameOf, namedParameters, nodes, unsupported } from "./syntax";
import { gatherTable, materialize, type EColumn, type ETable } from "./table";
import { convertTo, toKustoString } from "./value-ops";
import type { KustoType } from "../telemetry/schemas";

interface Target {
  name: string;
  type: KustoType;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const NUMBER_RE: Partial<Record<string, string>> = {
  long: "-?\\d+",
  int: "-?\\d+",
  real: "-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?",
  decimal: "-?\\d+(?:\\.\\d+)?",
};

/** RE2's flags (U swaps greediness) mapped onto JavaScript's. */
function jsFlags(flags: string, n: KNode): { flags: string; ungreedy: boolean } {
  let out = "";
  let ungreedy = false;
  for (const f of flags) {
    if (f === "U") ungreedy = true;
    else if (f === "i" || f === "m" || f === "s") out += f;
    else unsupported(n, `parse regex flag '${f}'`);
  }
  return { flags: out, ungreedy };
}

/** parse, or parse-where (`where`: rows that do not match are dropped instead of getting nulls). */
export function parseOperator(op: KNode, input: ETable, ctx: QueryContext, where = false): ETable {
  const params = namedParameters(op);
  const kind = (params.get("kind") ?? "simple").toLowerCase();
  if (kind !== "simple" && kind !== "regex" && kind !== "relaxed") return unsupported(op, `parse kind=${kind}`);
  const { flags, ungreedy } = jsFlags(params.get("flags") ?? "", op);
  if (kind !== "regex" && params.has("flags")) return unsupported(op, "parse flags without kind=regex");
  const [sourceNode] = nodes(op).filter((c) => c.cls !== "SyntaxList");
  const lists = childrenOf(op, "SyntaxList");
  const pattern = listElements(lists[lists.length - 1]);
  // In regex mode greediness is the regex's: `.*` is greedy unless U makes it lazy.
  const wild = kind === "regex" && !ungreedy ? ".*" : ".*?";
  const targets: Target[] = [];
  let re = "^";
  pattern.forEach((p, k) => {
    const last = k === pattern.length - 1;
    if (p.cls === "LiteralExpression" && p.type === "string") {
      const text = String(compileScalar(p, { table: input, ctx })(0));
      re += kind === "regex" ? `(?:${text})` : escape(text);
      return;
    }
    if (p.cls === "StarExpression") {
      re += last && kind !== "regex" ? ".*" : wild;
      return;
    }
    const decl = p.cls === "NameAndTypeDeclaration" ? nodes(p)[0] : p;
    if (decl.cls !== "NameDeclaration") return unsupported(p, `parse pattern element ${p.cls}`);
    const name = nameOf(decl);
    const type = ((op.columns ?? []).find((c) => c.name === name)?.type ?? "string") as KustoType;
    targets.push({ name, type });
    const typed = NUMBER_RE[type];
    const group = `c${targets.length - 1}`;
    // Named groups: a regex-mode literal may hold groups of its own. Relaxed: an optional number, then skip to the next literal.
    if (typed && kind === "relaxed") re += `(?<${group}>${typed})?.*?`;
    else re += `(?<${group}>${typed ?? (last && kind !== "regex" ? ".*" : wild)})`;
  });
  let rx: RegExp;
  try {
    rx = new RegExp(re, flags);
  } catch (e) {
    throw new KqlRuntimeError(`parse: bad regular expression: ${(e as Error).message}`, op.pos);
  }
  const src = compileScalar(sourceNode, { table: input, ctx });
  const n = input.length;
  const values: Value[][] = targets.map(() => []);
  const kept: number[] = [];
  const empty = (t: Target): Value => (t.type === "string" ? "" : null);
  for (let i = 0; i < n; i++) {
    const m = rx.exec(toKustoString(src(i), sourceNode.type));
    let failed = !m;
    const row = targets.map((t, k) => {
      if (!m) return empty(t);
      const v = convertTo(t.type, m.groups?.[`c${k}`] ?? "");
      if (v === null && t.type !== "string") failed = kind !== "relaxed" || failed;
      return v;
    });
    if (where && (failed || !m)) continue;
    kept.push(i);
    targets.forEach((t, k) => {
      values[k].push(failed && kind !== "relaxed" ? empty(t) : row[k]);
    });
  }
  const base = where ? gatherTable(input, kept) : input;
  const len = base.length;
  const added = new Map<string, EColumn>(targets.map((t, k) => [t.name, { name: t.name, type: t.type, view: materialize(t.type, len, (i) => values[k][i]) }]));
  const columns = base.columns.filter((c) => !added.has(c.name)).concat([...added.values()]);
  const schema = op.columns?.map((c) => c.name) ?? [];
  const ordered = schema.length === columns.length ? schema.map((s) => columns.find((c) => c.name === s) as EColumn) : columns;
  return { length: len, columns: ordered.every(Boolean) ? ordered : columns };
}
