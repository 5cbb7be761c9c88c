/**
 * The shape of a query's syntax tree, by Microsoft's Kusto parser: every node's and token's kind
 * in document order, with token text kept except for literal tokens (their values may differ).
 * Two queries with equal shapes differ only in literal values: no operator, clause or identifier
 * was added, removed or renamed.
 */
import { createRequire } from "node:module";

/* eslint-disable @typescript-eslint/no-explicit-any -- Bridge.NET objects are untyped at this boundary. */
type Bridged = any;

let K: Bridged | undefined;
let kindNames: Map<number, string> | undefined;

function language(): Bridged {
  if (K) return K;
  const require = createRequire(import.meta.url);
  require("@kusto/language-service-next/bridge.js");
  require("@kusto/language-service-next/Kusto.Language.Bridge.js");
  K = (globalThis as Bridged).Kusto.Language;
  kindNames = new Map();
  for (const [name, value] of Object.entries(K.Syntax.SyntaxKind)) {
    if (typeof value === "number" && !name.startsWith("$") && !kindNames.has(value)) kindNames.set(value, name);
  }
  return K;
}

export interface QueryShape {
  shape: string[];
  /** Syntax diagnostics (Parse only: no schema needed). */
  errors: string[];
  /** Decoded values of the string literals, in document order. */
  strings: string[];
}

export function queryShape(text: string): QueryShape {
  const Kusto = language();
  const code = Kusto.KustoCode.Parse(text);
  const shape: string[] = [];
  const strings: string[] = [];
  const walk = (node: Bridged) => {
    const kind = kindNames?.get(node.Kind) ?? String(node.Kind);
    if (node.IsToken) {
      // Trivia (comments, whitespace) is attached to tokens; a comment must not sneak in.
      const trivia = String(node.Trivia ?? "").trim();
      shape.push(kind.endsWith("LiteralToken") ? kind : `${kind}:${node.Text}${trivia ? `:trivia(${trivia})` : ""}`);
      return;
    }
    shape.push(kind);
    if (kind === "StringLiteralExpression") strings.push(String(node.LiteralValue));
    for (let i = 0; i < node.ChildCount; i++) {
      const child = node.GetChild(i);
      if (child) walk(child);
    }
  };
  walk(code.Syntax);
  const errors: string[] = [];
  const diags = code.GetDiagnostics();
  for (let i = 0; i < diags.Count; i++) errors.push(diags.getItem(i).Message);
  return { shape, errors, strings };
}
