/**
 * `set Option [= Value];` statements (query-statements / request-properties pages). Options that
 * only steer how Kusto runs a query (timeouts, memory, fan-out, caching, labels, consistency) leave
 * the answer unchanged and are accepted; query_now (now()'s value) and query_bin_auto_size/_at
 * (bin_auto()) are applied; every other option — those that cut or reshape results (truncation
 * limits, take limits, data scope) and those this engine does not know — is refused by name.
 */
import type { Value } from "../dataset/columns";
import type { KNode } from "./kusto";
import { compileScalar, type QueryContext } from "./scalar";
import { childOf, nameOf, nodes } from "./syntax";

const NO_EFFECT = new Set([
  "servertimeout",
  "norequesttimeout",
  "notruncation",
  "maxmemoryconsumptionperiterator",
  "max_memory_consumption_per_query_per_node",
  "query_fanout_nodes_percent",
  "query_fanout_threads_percent",
  "query_results_cache_max_age",
  "query_results_cache_force_refresh",
  "query_results_cache_per_shard",
  "request_app_name",
  "request_description",
  "request_user",
  "request_readonly",
  "query_consistency",
  "query_weakconsistency_session_id",
  "deferpartialqueryfailures",
  "request_callout_disabled",
]);

const APPLIED = new Set(["query_now", "query_bin_auto_size", "query_bin_auto_at"]);

/** Where an applied option's value lives in the query's `scalars` (no KQL name starts with NUL). */
export const OPTION_KEY = "\u0000option ";

export function optionName(stmt: KNode): string {
  return nameOf(childOf(stmt, "NameDeclaration") ?? stmt).toLowerCase();
}

/** The refusal for a `set` statement, or undefined when the engine honours it. */
export function refusedOption(stmt: KNode): string | undefined {
  const name = optionName(stmt);
  if (NO_EFFECT.has(name) || APPLIED.has(name)) return undefined;
  return `set ${name} (an option that changes results, or one this engine does not know)`;
}

/** Applies a `set` statement: records query_now / bin_auto options; the others have no effect. */
export function applyOption(stmt: KNode, ctx: QueryContext): { now?: number } {
  const name = optionName(stmt);
  if (!APPLIED.has(name)) return {};
  const clause = childOf(stmt, "OptionValueClause");
  const valueNode = clause ? nodes(clause)[0] : undefined;
  const value: Value = valueNode ? compileScalar(valueNode, { table: { length: 1, columns: [] }, ctx })(0) : null;
  ctx.scalars.set(`${OPTION_KEY}${name}`, value);
  ctx.scalars.set(`${OPTION_KEY}${name} type`, valueNode?.type ?? null);
  return name === "query_now" && typeof value === "number" ? { now: value } : {};
}
