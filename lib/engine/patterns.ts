/**
 * Pattern statements (pattern-statement page): `declare pattern P = (a:string, ...)[path:string] {
 * (values).[pathValue] = { tabular expression }; ... }` maps string tuples to tabular expressions;
 * `P("x").Path` (or `.["Path"]`) runs the mapped expression. Values compare as exact strings ("no
 * special treatment given to wildcards"). An invocation with no mapping, or of a pattern declared
 * without one, is the page's semantic error naming the missing reference.
 */
import { KqlSemanticError } from "./errors";
import type { KNode } from "./kusto";
import { literalValue } from "./literals";
import { callArgs } from "./functions";
import { childOf, listElements, nameOf, nodes, unsupported } from "./syntax";

interface Mapping {
  args: string[];
  path?: string;
  body: KNode;
}

export type Patterns = Map<string, Mapping[]>;

function text(n: KNode): string {
  if (n.cls !== "LiteralExpression" || n.kind !== "StringLiteralExpression") return unsupported(n, "pattern value that is not a string literal");
  return String(literalValue(n));
}

/** Adds a `declare pattern` statement's mappings to `into`. */
export function declarePattern(stmt: KNode, into: Patterns): void {
  const name = nameOf(childOf(stmt, "NameDeclaration") ?? stmt);
  const decl = childOf(stmt, "PatternDeclaration");
  const mappings: Mapping[] = [];
  for (const m of decl ? listElements(decl.children.filter((c) => c.cls === "SyntaxList").pop()) : []) {
    if (m.cls !== "PatternMatch") continue;
    const args = listElements(childOf(childOf(m, "ExpressionList") ?? m, "SyntaxList")).map(text);
    const pathNode = childOf(m, "PatternPathValue");
    const body = childOf(m, "FunctionBody");
    const expr = body ? nodes(body).filter((c) => c.cls !== "SyntaxList").pop() : undefined;
    if (!expr) return unsupported(m, "pattern mapping without an expression");
    if (body && nodes(body).some((c) => c.cls === "SyntaxList" && c.children.length > 0)) return unsupported(m, "pattern mapping with let statements");
    mappings.push({ args, path: pathNode ? text(nodes(pathNode)[0]) : undefined, body: expr });
  }
  into.set(name, mappings);
}

/** `P(args)` or `P(args).Path`: the pattern call and its path node, if `n` is an invocation. */
export function patternCall(n: KNode): { call: KNode; path?: KNode } | undefined {
  if (n.cls === "FunctionCallExpression" && n.symbol?.kind === "Pattern") return { call: n };
  if (n.cls === "PathExpression") {
    const [base, path] = nodes(n);
    if (base?.cls === "FunctionCallExpression" && base.symbol?.kind === "Pattern") return { call: base, path };
  }
  return undefined;
}

/** The expression an invocation maps to; the page's SEM0036 error when none does. */
export function resolvePattern(patterns: Patterns, n: KNode, arg: (n: KNode) => unknown): KNode {
  const inv = patternCall(n);
  if (!inv) return unsupported(n, "pattern invocation");
  const name = inv.call.symbol?.name ?? nameOf(inv.call.children[0]);
  const args = callArgs(inv.call).map((a) => String(arg(a) ?? ""));
  const path = inv.path ? nameOf(inv.path) : undefined;
  const found = (patterns.get(name) ?? []).find((m) => m.path === path && m.args.length === args.length && m.args.every((v, k) => v === args[k]));
  if (found) return found.body;
  const ref = `${name}(${args.map((a) => `'${a}'`).join(", ")})${path === undefined ? "" : `.['${path}']`}`;
  throw new KqlSemanticError(`SEM0036: One or more pattern references were not declared. Detected pattern references: ["${ref}"]`, n.pos, "SEM0036");
}
