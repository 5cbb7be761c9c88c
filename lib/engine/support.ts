/**
 * Walks a whole analysed query before anything runs and lists every construct the engine does not
 * evaluate exactly, so a refused query names all of them at once instead of one per attempt.
 * The evaluator still refuses what this walk cannot see (e.g. a format string built at run time).
 */
import { isAggregate } from "./aggregates";
import { EVALUATE_PLUGINS, pluginName } from "./evaluate";
import { geoCellRefusal } from "./geo/cells";
import { PLUGIN_REFUSALS } from "./plugins";
import { isScalarFunction } from "./functions";
import { REFUSAL_REASONS } from "./functions-query";
import { hashRefusal } from "./functions-hash";
import { decomposeRefusals } from "./functions-series-decompose";
import { aggregateArityRefusal } from "./aggregate-arity";
import { JOIN_KINDS } from "./join";
import type { KNode } from "./kusto";
import { datetimeLiteralRefusal, MICROS_PAST_DOUBLE_REFUSAL, TICK_DIGITS_REFUSAL } from "./literals";
import { tickLiteralSites } from "./datetime-ticks";
import { mixedComparison } from "./scalar";
import { boolNumberComparison, mixedInList } from "./mixed-types";
import { STRING_PREDICATES } from "./string-ops";
import { findRefusals } from "./find";
import { reduceRefusals } from "./reduce/operator";
import { GRAPH_FUNCTIONS, GRAPH_OPERATORS, graphUnsupported } from "./graph";
import { describeNode, listElements, nameOf, namedParameters, nodes } from "./syntax";
import { refusedOption } from "./set-options";
import { multiColumnCall } from "./multi-column";
import { tupleParts, tupleRefusal } from "./tuple-assign";
import { isTableCall, tableCallRefusal } from "./table-function";

export interface Unsupported {
  construct: string;
  position: number;
}

const OPERATORS = new Set([
  "FilterOperator", "ExtendOperator", "ProjectOperator", "ProjectAwayOperator", "ProjectKeepOperator", "ProjectReorderOperator",
  "ProjectRenameOperator", "SummarizeOperator", "SortOperator", "TopOperator", "TopNestedOperator", "TakeOperator", "CountOperator", "DistinctOperator",
  "SerializeOperator", "JoinOperator", "UnionOperator", "MvExpandOperator", "MakeSeriesOperator", "RenderOperator", "LookupOperator",
  "ParseOperator", "ParseWhereOperator", "MvApplyOperator", "ParseKvOperator", "ProjectByNamesOperator", "AsOperator", "InvokeOperator", "SearchOperator", "FindOperator", "RangeOperator", "PrintOperator",
  "ScanOperator", "PartitionOperator", "SampleOperator", "SampleDistinctOperator", "GetSchemaOperator", "ReduceByOperator",
]);

const STATEMENTS = new Set(["LetStatement", "ExpressionStatement", "Directive", "PatternStatement", "SetOptionStatement", "AliasStatement"]);

/** Expression classes the evaluator has no case for. */
const EXPRESSIONS = new Set(["CompoundNamedExpression", "ToTableExpression", "ContextualDataTableExpression", "ExternalDataExpression", "MaterializedViewCombineExpression", "EntityGroup", "BrackettedExpression", "ConditionedExpression"]);

/** How a refused operator is named when the generic "operator x (XOperator)" would not say why. */
const OPERATOR_NAMES: Record<string, string> = {};

/** How a refused expression class is named to the user. */
const EXPRESSION_NAMES: Record<string, string> = {
  CompoundNamedExpression: "tuple assignment (a, b) = ...",
  ExternalDataExpression: "externaldata (the embedded engine has no network access, so it reads no external URL)",
};

const BINARY = new Set([
  "AndExpression", "OrExpression", "AddExpression", "SubtractExpression", "MultiplyExpression", "DivideExpression", "ModuloExpression",
  "EqualExpression", "NotEqualExpression", "LessThanExpression", "LessThanOrEqualExpression", "GreaterThanExpression",
  "GreaterThanOrEqualExpression", "MatchesRegexExpression", "SearchExpression",
]);


/** Names bound by `let name = (...) { ... }` anywhere in the query. */
function userFunctionNames(n: KNode, out = new Set<string>()): Set<string> {
  if (n.cls === "LetStatement") {
    const [decl, value] = nodes(n);
    if (value?.cls === "FunctionDeclaration") out.add(nameOf(decl));
  }
  for (const c of n.children) if (!c.isToken) userFunctionNames(c, out);
  return out;
}

function callArgList(n: KNode): KNode[] {
  const list = n.children.find((c) => c.cls === "ExpressionList");
  const inner = list?.children.find((c) => c.cls === "SyntaxList");
  return inner ? inner.children.filter((c) => !c.isToken).map((c) => (c.cls === "SeparatedElement" ? c.children[0] : c)) : [];
}
const callArgType = (n: KNode, k: number) => callArgList(n)[k]?.type;

export function unsupportedConstructs(root: KNode): Unsupported[] {
  const out: Unsupported[] = [];
  const udfs = userFunctionNames(root);
  const tickSites = tickLiteralSites(root);
  const summarizeTuples = new Set<KNode>();
  const wholeItems = new Set<KNode>();
  const add = (n: KNode, construct: string) => out.push({ construct, position: n.pos });
  const visit = (n: KNode, parent?: KNode) => {
    if (n.isToken) return;
    // `alias database A = cluster(...).database(...)`: every database is the embedded workspace here,
    // so the alias names it too and its cluster()/database() target is never evaluated.
    if (n.cls === "AliasStatement") return;
    const cls = n.cls;
    // summarize (a, b) = aggregate(...) names the aggregate's columns (the summarize evaluator reads it).
    if (cls === "SummarizeOperator") for (const list of n.children) if (list.cls === "SyntaxList") for (const item of listElements(list)) if (item.cls === "CompoundNamedExpression") summarizeTuples.add(item);
    // A whole extend/project/print item (or a tuple's right side) may yield several columns (multi-column.ts).
    if (cls === "ExtendOperator" || cls === "ProjectOperator" || cls === "PrintOperator") {
      for (const list of n.children) if (list.cls === "SyntaxList") for (const item of listElements(list)) wholeItems.add(item.cls === "CompoundNamedExpression" ? (tupleParts(item).expr ?? item) : item);
    }
    if (cls === "FindOperator") for (const r of findRefusals(n)) add(n, r);
    if (cls === "ReduceByOperator") for (const r of reduceRefusals(n)) add(n, r);
    const graphRefusal = graphUnsupported(n);
    if (graphRefusal) add(n, graphRefusal);
    if (cls === "EvaluateOperator") {
      const name = pluginName(n);
      if (!EVALUATE_PLUGINS.has(name)) add(n, `operator evaluate ${name}()${PLUGIN_REFUSALS[name] ? ` (${PLUGIN_REFUSALS[name]})` : ""}`);
    } else if (cls.endsWith("Operator") && !OPERATORS.has(cls) && !GRAPH_OPERATORS.has(cls)) add(n, OPERATOR_NAMES[cls] ?? describeNode(n));
    else if (cls.endsWith("Statement") && !STATEMENTS.has(cls)) add(n, `statement ${cls}`);
    else if (cls === "CustomCommand") add(n, "a control command (.create, .ingest, ...): the embedded workspace answers queries, not management commands");
    else if (cls === "LiteralExpression" && n.kind === "DateTimeLiteralExpression") {
      const refusal = datetimeLiteralRefusal(n);
      if (refusal && !((refusal === TICK_DIGITS_REFUSAL || refusal === MICROS_PAST_DOUBLE_REFUSAL) && tickSites.has(n))) add(n, refusal);
    }
    else if (cls === "SetOptionStatement" && refusedOption(n)) add(n, refusedOption(n) ?? "");
    else if (cls === "CompoundNamedExpression") {
      // summarize's tuples name an aggregate's columns (summarize.ts); extend/project's: tuple-assign.ts.
      const refusal = summarizeTuples.has(n) ? undefined : tupleRefusal(n);
      if (refusal) add(n, refusal);
    } else if (EXPRESSIONS.has(cls)) add(n, EXPRESSION_NAMES[cls] ?? cls);
    else if (cls === "FunctionCallExpression" && parent?.cls !== "EvaluateOperator") {
      const name = n.symbol?.name ?? nameOf(n.children[0]);
      const lower = name.toLowerCase();
      const known = udfs.has(name) || n.symbol?.kind === "Pattern" || isScalarFunction(lower) || isAggregate(lower) || lower === "database" || lower === "workspace" || lower === "toscalar" || isTableCall(n) || (GRAPH_FUNCTIONS.has(lower) && n.symbol?.kind === "Function");
      if (!known) add(n, `function ${name}()${REFUSAL_REASONS[lower] ? ` (${REFUSAL_REASONS[lower]})` : ""}`);
      const scoped = isTableCall(n) ? tableCallRefusal(n) : undefined;
      if (scoped) add(n, scoped);
      const geo = geoCellRefusal(lower, callArgList(n));
      if (geo) add(n, geo);
      const hashed = hashRefusal(lower, callArgType(n, 0));
      if (hashed) add(n, hashed);
      for (const r of decomposeRefusals(lower, callArgList(n), wholeItems.has(n))) add(n, r);
      const arity = udfs.has(name) ? undefined : aggregateArityRefusal(lower, callArgList(n).length, callArgType(n, 0));
      if (arity) add(n, arity);
      if (multiColumnCall(n) && !wholeItems.has(n) && parent?.cls !== "ElementExpression") add(n, `${lower}() inside an expression (it yields several columns only as a whole extend/project/print item)`);
    } else if (cls === "BinaryExpression") {
      if (!BINARY.has(n.kind) && !STRING_PREDICATES[n.kind]) add(n, `operator ${n.children.find((c) => c.isToken)?.text ?? n.kind}`);
      else if (n.kind === "SearchExpression" && parent?.cls !== "SearchOperator" && parent?.cls !== "BinaryExpression" && parent?.cls !== "ParenthesizedExpression") add(n, "Col:term outside search");
      const mixed = mixedComparison(n);
      if (mixed) add(n, mixed);
      if (nodes(n)[0]?.cls === "StarExpression" && (n.kind.startsWith("Not") || n.kind === "BangTildeExpression")) add(n, `* with ${n.kind.replace(/Expression$/, "")} (a negated test over every column)`);
    } else if (cls === "JoinOperator") {
      const kind = (namedParameters(n).get("kind") ?? "innerunique").toLowerCase();
      if (!JOIN_KINDS.has(kind)) add(n, `join kind=${kind}`);
    }
    for (const refusal of [boolNumberComparison(n), mixedInList(n)]) if (refusal) add(n, refusal);
    for (const c of n.children) visit(c, n);
  };
  visit(root);
  return out;
}
