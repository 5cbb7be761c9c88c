/**
 * runQuery: parse + analyse with Microsoft's Kusto analyzer against the workspace's schemas
 * (cached per query text and schema), reject error diagnostics, evaluate, and normalise values
 * like the Log Analytics query API (datetime → ISO, timespan → [d.]hh:mm:ss, dynamic → JSON).
 */
import type { Value } from "../dataset/columns";
import type { Workspace } from "../dataset/workspace";
import type { ColumnSchema } from "../telemetry/schemas";
import type { QueryTable, QueryWindow } from "../workspace/types";
import { classicTableHint } from "./classic-table-names";
import { nameHint } from "./name-hints";
import { KqlSemanticError, KqlUnsupportedError } from "./errors";
import { unsupportedConstructs } from "./support";
import { withoutUnresolvedFuzzyLegs } from "./fuzzy-union";
import { withWildcardViews } from "./union-views";
import { Evaluator } from "./evaluator";
import { ExactLongColumn, exactReader } from "./exact-long";
import { parseAndAnalyze, type AnalyzedQuery } from "./kusto";
import { formatDatetimeDynamic, formatIso, formatTimespan } from "../format/kusto-time";
import { hiddenUnlessNamed } from "../telemetry/billing";
import { doubtfulBagsMade, readThrough } from "./text/parse-url";
import { unkeptColumnRefusal } from "./unkept-columns";
import { bindImplicitNodeIds, implicitNodeIdRefusal } from "./graph/implicit-id";
import { variableEdgeArrayRefusal } from "./graph/edge-array";

export interface RunQueryOptions {
  /** The query API's timespan: every table's TimeGenerated is filtered to [from, to). */
  timespan?: QueryWindow;
  /** The time now()/ago() are relative to; defaults to the window's end, else the wall clock. */
  asOf?: Date;
}

const PLAN_CACHE_LIMIT = 500;
const refusedByPlan = new WeakMap<AnalyzedQuery, ReturnType<typeof unsupportedConstructs>>();
const planCache = new Map<string, AnalyzedQuery>();

function schemaKey(workspace: Workspace): string {
  return `${workspace.schemaVersion}:${workspace.tableNames().join(",")}`;
}

/** Parsed and analysed tree for a query (cached: the catalog reruns the same text every few seconds). */
export function analyze(workspace: Workspace, kql: string): AnalyzedQuery {
  const key = `${schemaKey(workspace)}\u0000${kql}`;
  let plan = planCache.get(key);
  if (!plan) {
    const { plan: typed, tables } = withWildcardViews(kql, workspace.schemas());
    plan = typed;
    const fuzzy = withoutUnresolvedFuzzyLegs(kql, plan.root);
    if (fuzzy !== undefined) plan = parseAndAnalyze(fuzzy, tables);
    plan = bindImplicitNodeIds(plan);
    if (planCache.size >= PLAN_CACHE_LIMIT) planCache.delete(planCache.keys().next().value as string);
    planCache.set(key, plan);
  }
  return plan;
}

/** Throws KqlSemanticError for the first analyzer error; names a missing table explicitly. */
export function assertNoErrors(plan: AnalyzedQuery, kql: string): void {
  const err = plan.errors[0];
  if (!err) return;
  // KS204: "The name 'X' does not refer to any known table, tabular variable or function."
  const unknownTable = err.code === "KS204" ? /The name '([^']+)'/.exec(err.message) : null;
  const missingTable = unknownTable ? unknownTable[1] : undefined;
  const unkept =
    unkeptColumnRefusal(err.code, err.message, err.start) ??
    implicitNodeIdRefusal(plan.root, err.code, err.message, err.start) ??
    variableEdgeArrayRefusal(plan.root, err.code, err.start);
  if (unkept) throw unkept;
  const snippet = kql.slice(err.start, err.start + Math.max(err.length, 1));
  const hint = missingTable ? classicTableHint(missingTable) : nameHint(err.code, snippet, kql);
  throw new KqlSemanticError(`${err.code}: ${err.message}${hint ? ` ${hint}.` : ""} near '${snippet}'`, err.start, err.code, missingTable);
}

function normalizer(col: ColumnSchema): (v: Value | bigint) => unknown {
  switch (col.type) {
    case "datetime":
      // A datetime with a sub-millisecond part (the engine keeps microseconds) is printed as Kusto prints
      // it, with 7 fraction digits: an ISO string with 3 would lose them silently. Whole milliseconds keep
      // the shorter form every consumer reads (Date.parse reads both).
      return (v) => (typeof v === "number" ? (Number.isInteger(v) ? formatIso(v) : formatDatetimeDynamic(v)) : null);
    case "timespan":
      return (v) => (typeof v === "number" ? formatTimespan(v) : null);
    case "long":
    case "int":
      return (v) => {
        if (typeof v === "bigint") return v; // an exact 64-bit value (exact-long.ts)
        if (typeof v !== "number") return null;
        // Longs are kept as doubles: past 2^53 their last digits are not Kusto's. Refuse, never print them.
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new KqlUnsupportedError(`a ${col.type} beyond ±(2^53 − 1) in column ${col.name}`, undefined, "the embedded engine keeps whole numbers as doubles, so its last digits would be wrong");
        return v;
      };
    case "real":
      return (v) => (typeof v === "number" ? v : null);
    case "decimal":
      // parse_version()'s decimals beyond ±(2^53 − 1) come exactly, as a bigint (exact-long.ts).
      return (v) => (typeof v === "number" || typeof v === "bigint" ? v : null);
    case "bool":
      return (v) => (typeof v === "boolean" ? v : null);
    case "string":
      return (v) => (v === null ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));
    default:
      return (v) => v;
  }
}

/** Runs a KQL query over the workspace and returns the query API's table form. */
export function runQuery(workspace: Workspace, kql: string, options: RunQueryOptions = {}): QueryTable {
  const plan = analyze(workspace, kql);
  assertNoErrors(plan, kql);
  let refused = refusedByPlan.get(plan);
  if (!refused) refusedByPlan.set(plan, (refused = unsupportedConstructs(plan.root)));
  if (refused.length > 0) throw KqlUnsupportedError.all(refused);
  const asOf = (options.asOf ?? options.timespan?.to ?? new Date()).getTime();
  const window = options.timespan ? { from: options.timespan.from.getTime(), to: options.timespan.to.getTime() } : undefined;
  const hidden = (name: string) => hiddenUnlessNamed(name, kql);
  const doubtsBefore = doubtfulBagsMade();
  const result = new Evaluator({ workspace, window, asOf, hidden }).run(plan.root);
  const shown = result.columns.filter((c) => !hidden(c.name));
  const columns: ColumnSchema[] = shown.map((c) => ({ name: c.name, type: c.type }));
  const norms = columns.map(normalizer);
  // A column with 64-bit values (exact-long.ts) is read exactly; the others as they are.
  const reads = shown.map((c) => (c.view instanceof ExactLongColumn ? exactReader(c.view) : (i: number) => c.view.get(i)));
  const rows: unknown[][] = new Array(result.length);
  for (let i = 0; i < result.length; i++) rows[i] = reads.map((read, k) => norms[k](read(i)));
  // parse_url() parts in doubt refuse when read (text/parse-url.ts): a result holding one refuses here.
  if (doubtfulBagsMade() !== doubtsBefore) for (const row of rows) row.forEach((cell, k) => columns[k].type === "dynamic" && readThrough(cell));
  return { columns, rows };
}
