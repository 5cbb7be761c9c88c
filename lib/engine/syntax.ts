/** Small helpers to read the plain syntax tree produced by kusto.ts. */
import { KqlUnsupportedError } from "./errors";
import type { KNode } from "./kusto";

/** Elements of a SyntaxList, with SeparatedElement wrappers removed. */
export function listElements(list: KNode | undefined): KNode[] {
  if (!list) return [];
  return list.children.filter((c) => !c.isToken).map((c) => (c.cls === "SeparatedElement" ? c.children[0] : c));
}

/** Non-token children. */
export function nodes(n: KNode): KNode[] {
  return n.children.filter((c) => !c.isToken);
}

export function childOf(n: KNode, cls: string): KNode | undefined {
  return n.children.find((c) => c.cls === cls);
}

export function childrenOf(n: KNode, cls: string): KNode[] {
  return n.children.filter((c) => c.cls === cls);
}

/** Lower-cased texts of the direct token children (keywords). */
export function tokenTexts(n: KNode): string[] {
  return n.children.filter((c) => c.isToken).map((c) => (c.text ?? "").toLowerCase());
}

/** All tokens under a node, in order. */
export function allTokens(n: KNode, out: string[] = []): string[] {
  if (n.isToken) out.push(n.text ?? "");
  else for (const c of n.children) allTokens(c, out);
  return out;
}

/** Text of a name node (NameDeclaration, NameReference, TokenName, BracketedName). */
export function nameOf(n: KNode): string {
  const toks = allTokens(n).filter((t) => t !== "[" && t !== "]" && t !== "" && t !== "$left" && t !== "$right" && t !== ".");
  const t = toks.join("");
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Named parameters (`kind=leftouter`, `withsource=S`) of an operator, lower-cased name → value text. */
export function namedParameters(op: KNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of childrenOf(op, "SyntaxList")) {
    for (const p of listElements(list)) {
      if (p.cls !== "NamedParameter") continue;
      const parts = nodes(p);
      out.set(nameOf(parts[0]).toLowerCase(), parts[1] ? allTokens(parts[1]).join("") : "");
    }
  }
  return out;
}

/**
 * The column name a named parameter declares (`withsource=T`, `withsource=['Table Name']`): a bracketed
 * name is the name inside its quotes, as everywhere a column is named (entity-names page).
 */
export function namedParameterName(op: KNode, name: string): string | undefined {
  for (const list of childrenOf(op, "SyntaxList")) {
    for (const p of listElements(list)) {
      const parts = nodes(p);
      if (p.cls === "NamedParameter" && nameOf(parts[0]).toLowerCase() === name && parts[1]) return nameOf(parts[1]);
    }
  }
  return undefined;
}

export function unsupported(n: KNode, what?: string): never {
  throw new KqlUnsupportedError(what ?? describeNode(n), n.pos);
}

export function describeNode(n: KNode): string {
  if (n.cls === "FunctionCallExpression") return `function ${n.symbol?.name ?? nameOf(n.children[0])}()`;
  if (n.cls.endsWith("Operator")) return `operator ${allTokens(n.children[0] ?? n)[0] ?? n.cls} (${n.cls})`;
  return `${n.cls}${n.kind !== n.cls ? ` (${n.kind})` : ""}`;
}

/** Names of the columns an expression reads (tabular sub-expressions excluded). */
export function columnReferences(n: KNode, out: string[] = []): string[] {
  if (n.isToken || n.type === "table") return out;
  if (n.cls === "NameReference" && n.symbol?.kind === "Column") out.push(nameOf(n));
  for (const c of n.children) columnReferences(c, out);
  return out;
}
