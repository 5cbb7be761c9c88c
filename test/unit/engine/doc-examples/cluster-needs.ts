/**
 * Why a reference example the analyzer rejects needs the help cluster (extract.ts leaves it out and
 * lists it with this reason), or undefined: the example is self-contained and is kept, so that the
 * test holds it to Kusto's answer or a refusal by name. Judged from the analyzer's errors and the
 * query's text, never from the page's name, except for the few blocks listed in NOT_QUERIES.
 */
import type { KDiagnostic } from "../../../../lib/engine/kusto";

/** Blocks fenced as kusto that are no query at all, by page: their table is no output. */
const NOT_QUERIES: Readonly<Record<string, string>> = {
  "functions/user-defined-functions": "a syntax template (ArgName:ArgType [= ArgDefaultValue]) whose table lists argument lists, not an output",
};

const BY_CODE: Readonly<Record<string, string>> = {
  KS204: "reads a table of the help cluster",
  KS208: "reads a database of the help cluster",
  KS260: "reads a graph model of the help cluster",
};

const unknownName = (e: KDiagnostic) => /The name '([^']+)'/.exec(e.message)?.[1];

export function clusterNeed(page: string, query: string, errors: readonly KDiagnostic[]): string | undefined {
  if (NOT_QUERIES[page]) return NOT_QUERIES[page];
  const byCode = errors.map((e) => BY_CODE[e.code]).find(Boolean);
  if (byCode) return `${byCode} (${errors.find((e) => BY_CODE[e.code])?.message})`;
  const lines = query.split("\n").map((l) => l.trim());
  if (lines.some((l) => l.startsWith("."))) return "runs control commands (.create, .ingest, ...) on the cluster";
  if (/\bcluster\s*\(/.test(query)) return "reads another cluster (cluster())";
  if (lines.some((l) => /^(explain|select)\b/i.test(l))) return "SQL translated by the cluster (explain), not KQL";
  // graph without an argument list: a persisted graph model (graph-best-practices, graph-scenarios).
  if (errors.some((e) => /function 'graph'/.test(e.message) || /graph_time_travel/.test(query))) return "reads a graph model of the cluster (graph)";
  // GQL's match ... return runs over a graph model (graph-query-language-guide).
  if (errors.some((e) => e.code === "KS211" && unknownName(e) === "match")) return "a GQL query over a graph model of the cluster";
  // find/search without `in (...)` look through every table of the database; with tables they name them.
  const wide = /^\s*(find|search)\b/i.test(query) || /\|\s*(find|search)\b/i.test(query);
  if (wide && errors.some((e) => e.code === "KS142" || e.code === "KS109")) return "find/search over the help cluster's tables";
  return undefined;
}
