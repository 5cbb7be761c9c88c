/**
 * The one module that touches Microsoft's Kusto parser (@kusto/language-service-next, Bridge.NET
 * compiled C#). It parses and analyses a query against the workspace's table schemas and turns the
 * syntax tree into plain objects, so the rest of the engine never sees Bridge internals.
 */
import { canonicalFunctionName } from "./deprecated-aliases";
import { createRequire } from "node:module";
import type { ColumnSchema, KustoType } from "../telemetry/schemas";
import { KqlUnsupportedError } from "./errors";
import { withDocumentedSignatures } from "./analyzer-signatures";

/* eslint-disable @typescript-eslint/no-explicit-any -- Bridge.NET objects are untyped at this boundary. */
type Bridged = any;

export interface KNode {
  /** C# class name without namespace or generic suffix, e.g. "FilterOperator", "SyntaxList". */
  cls: string;
  /** SyntaxKind enum name, e.g. "GreaterThanExpression", "IdentifierToken". */
  kind: string;
  /** Token text (tokens only). */
  text?: string;
  isToken: boolean;
  children: KNode[];
  /** Offset in the query text. */
  pos: number;
  end: number;
  /** Scalar result type, or "table" for tabular results. */
  type?: KustoType | "table" | "other";
  /** Output schema when the node's result is tabular (operators, table references). */
  columns?: ColumnSchema[];
  /** Symbol the node refers to (names, function calls, operators). */
  symbol?: { kind: string; name: string; members?: string[] };
  /**
   * A call of a query's function: its body as the analyzer bound it at this call site (a `T:(*)`
   * parameter takes the argument's columns there, so each operator's schema is the real one).
   */
  expansion?: KNode;
}

export interface KDiagnostic {
  severity: string;
  message: string;
  code: string;
  start: number;
  length: number;
}

let kusto: Bridged | undefined;
/** The analyzer's GlobalState.Default with the documented signatures it lacks (analyzer-signatures.ts). */
let builtIns: Bridged | undefined;
let syntaxKindNames: Map<number, string> | undefined;
let symbolKindNames: Map<number, string> | undefined;

function enumNames(enumType: Bridged): Map<number, string> {
  const names = new Map<number, string>();
  for (const key of Object.keys(enumType)) {
    if (key.startsWith("$") || typeof enumType[key] !== "number") continue;
    if (!names.has(enumType[key])) names.set(enumType[key], key);
  }
  return names;
}

function language(): Bridged {
  if (kusto) return kusto;
  // The library installs `Bridge` and `Kusto` on globalThis; the minified build loads ~4x faster.
  const requireFromHere = createRequire(import.meta.url);
  requireFromHere("@kusto/language-service-next/bridge.min.js");
  requireFromHere("@kusto/language-service-next/Kusto.Language.Bridge.min.js");
  kusto = (globalThis as Bridged).Kusto.Language;
  syntaxKindNames = enumNames(kusto.Syntax.SyntaxKind);
  symbolKindNames = enumNames(kusto.Symbols.SymbolKind);
  builtIns = withDocumentedSignatures(kusto, kusto.GlobalState.Default);
  return kusto;
}

const globalsCache = new Map<string, Bridged>();

/**
 * A GlobalState whose default database holds exactly these tables (cached by schema). Each
 * workspace id the query names gets a database of the same tables: the embedded workspace
 * stands in for every workspace a cross-workspace query spans.
 */
function globalsFor(tables: ReadonlyMap<string, readonly ColumnSchema[]>, workspaceIds: readonly string[]): Bridged {
  const key = [...tables].map(([name, cols]) => `${name}(${cols.map((c) => `${c.name}:${c.type}`).join(",")})`).join(";") + `|${workspaceIds.join(",")}`;
  const cached = globalsCache.get(key);
  if (cached) return cached;
  const K = language();
  const symbols = () =>
    [...tables].map(([name, cols]) => new K.Symbols.TableSymbol.$ctor7(name, `(${cols.map((c) => `['${c.name}']:${c.type}`).join(", ")})`, ""));
  const db = new K.Symbols.DatabaseSymbol.ctor("embedded", symbols());
  const others = workspaceIds.filter((id) => id !== "embedded").map((id) => new K.Symbols.DatabaseSymbol.ctor(id, symbols()));
  const cluster = new K.Symbols.ClusterSymbol.ctor("embedded.local", [db, ...others]);
  const globals = builtIns.WithCluster(cluster).WithDatabase(db);
  if (globalsCache.size > 50) globalsCache.clear();
  globalsCache.set(key, globals);
  return globals;
}

const SCALAR_TYPES = new Set<string>(["bool", "datetime", "dynamic", "int", "long", "real", "string", "guid", "timespan", "decimal"]);

function typeName(t: Bridged): KnodeType {
  if (!t) return undefined;
  const cls: string = (globalThis as Bridged).Bridge.getTypeName(t);
  if (cls.endsWith("TableSymbol") || cls.endsWith("GroupSymbol")) return "table";
  if (cls.includes("Dynamic")) return "dynamic";
  const name: string = t.Name ?? "";
  if (SCALAR_TYPES.has(name)) return name as KustoType;
  if (name.startsWith("dynamic")) return "dynamic";
  return "other";
}
type KnodeType = KNode["type"];

function tableColumns(t: Bridged): ColumnSchema[] | undefined {
  if (!t || typeName(t) !== "table" || !t.Columns) return undefined;
  const cols: ColumnSchema[] = [];
  const list = t.Columns;
  for (let i = 0; i < list.Count; i++) {
    const c = list.getItem(i);
    const ty = typeName(c.Type);
    cols.push({ name: c.Name, type: ty === "table" || ty === "other" || ty === undefined ? "dynamic" : ty });
  }
  return cols;
}

function shortClass(node: Bridged): string {
  const full: string = (globalThis as Bridged).Bridge.getTypeName(node);
  const noGeneric = full.replace(/`.*$/, "");
  const last = noGeneric.slice(noGeneric.lastIndexOf(".") + 1);
  return last.replace(/^.*\+/, "");
}

function groupMembers(sym: Bridged): string[] {
  const names: string[] = [];
  const list = sym.Members;
  for (let i = 0; i < (list?.Count ?? 0); i++) names.push(list.getItem(i).Name);
  return names;
}

/** The analyzer's own function or aggregate of that name (a `let` of the same name is another symbol). */
function isBuiltIn(sym: Bridged): boolean {
  language();
  return builtIns.GetFunction(sym.Name) === sym || builtIns.GetAggregate(sym.Name) === sym;
}

/** `shift`: where a function's expansion (re-parsed from its body's text) starts in the query. */
function convert(node: Bridged, shift = 0): KNode {
  const kindNames = syntaxKindNames ?? new Map<number, string>();
  const isToken = !!node.IsToken;
  const out: KNode = {
    cls: shortClass(node),
    kind: kindNames.get(node.Kind) ?? String(node.Kind),
    isToken,
    children: [],
    pos: node.TextStart + shift,
    end: node.End + shift,
  };
  if (isToken) {
    out.text = node.Text;
    return out;
  }
  if (typeof node.ResultType !== "undefined" && node.ResultType) {
    out.type = typeName(node.ResultType);
    const cols = tableColumns(node.ResultType);
    if (cols) out.columns = cols;
  }
  const sym = node.ReferencedSymbol;
  if (sym) out.symbol = { kind: symbolKindNames?.get(sym.Kind) ?? String(sym.Kind), name: sym.Name };
  // A wildcard table reference (`App*`) binds to a group of the tables it matches, in the analyzer's order.
  if (sym && out.symbol?.kind === "Group") out.symbol.members = groupMembers(sym);
  const expansion = out.symbol?.kind === "Function" && (out.cls === "FunctionCallExpression" || out.cls === "NameReference") ? node.GetCalledFunctionBody() : null;
  if (expansion) out.expansion = convert(expansion, expansion.GetPositionInOriginalTree(0));
  // A built-in's deprecated alias is the function itself (deprecated-aliases.ts); a user's `let datepart = ...` keeps its name.
  else if (sym && out.cls === "FunctionCallExpression" && isBuiltIn(sym)) out.symbol = { kind: out.symbol?.kind ?? "", name: canonicalFunctionName(sym.Name) };
  for (let i = 0; i < node.ChildCount; i++) {
    const child = node.GetChild(i);
    if (child) out.children.push(convert(child, shift));
  }
  return out;
}

export interface AnalyzedQuery {
  root: KNode;
  errors: KDiagnostic[];
}

// Log Analytics' workspace("id") is unknown to the Kusto analyzer; ` database("id")` has the same length, so offsets hold.
const WORKSPACE_CALL = /\bworkspace(\s*\(\s*)(["'])([^"'\\]*)\2/g;

/** Parse and analyse `text` with the given tables in scope; returns the plain tree and error diagnostics. */
export function parseAndAnalyze(text: string, tables: ReadonlyMap<string, readonly ColumnSchema[]>): AnalyzedQuery {
  const K = language();
  const ids = new Set<string>();
  const analyzed = text.replace(WORKSPACE_CALL, (_m, open: string, q: string, id: string) => {
    ids.add(id);
    return ` database${open}${q}${id}${q}`;
  });
  let code: ReturnType<typeof K.KustoCode.ParseAndAnalyze>;
  try {
    code = K.KustoCode.ParseAndAnalyze(analyzed, globalsFor(tables, [...ids].sort()));
  } catch (e) {
    // Microsoft's analyzer itself can throw (graph_time_travel(...) | graph-match on the graph best
    // practices page: a TypeError inside its graph-match binder). No tree, no types: refuse by name.
    throw new KqlUnsupportedError("a query Microsoft's Kusto analyzer fails on", 0, `its ${(e as Error).name}: ${(e as Error).message}`);
  }
  const diags = code.GetDiagnostics();
  const errors: KDiagnostic[] = [];
  for (let i = 0; i < diags.Count; i++) {
    const d = diags.getItem(i);
    if (String(d.Severity) !== "Error") continue;
    errors.push({ severity: String(d.Severity), message: d.Message, code: d.Code, start: d.Start, length: d.Length });
  }
  return { root: convert(code.Syntax), errors };
}
