/**
 * graph-to-table (its page): `nodes [with_node_id=C]` → one row per node, its properties as columns;
 * `edges [with_source_id=C] [with_target_id=C]` → one row per edge. The id columns come first and hold
 * the node hash, a long (XXH64 of the node id). Both outputs with `as` names bind named results for the
 * statements that follow.
 */
import type { KNode } from "../kusto";
import { childOf, listElements, nameOf, nodes, unsupported } from "../syntax";
import { exactLongColumn } from "../exact-long";
import type { EColumn, ETable } from "../table";
import type { Graph } from "./model";
import { xxhash64Signed } from "../hash/xxhash64";

export interface NamedOutput {
  name?: string;
  table: ETable;
}

/**
 * The node hash as a long, all 64 bits kept (exact-long.ts). Only string ids are hashed: the page
 * shows their hash; for other id types it is not documented.
 */
function nodeHashes(g: Graph, at: KNode): bigint[] {
  return g.ids.map((id) => (typeof id === "string" ? xxhash64Signed(id) : unsupported(at, "graph-to-table node hash of a node id that is not a string")));
}

function params(clause: KNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of listElements(childOf(clause, "SyntaxList"))) {
    if (p.cls !== "NamedParameter") continue;
    const [k, v] = nodes(p);
    out.set(nameOf(k).toLowerCase(), nameOf(v));
  }
  return out;
}

function idColumn(name: string, values: (i: number) => bigint, length: number): EColumn {
  return { name, type: "long", view: exactLongColumn(length, values) };
}

function output(clause: KNode, g: Graph): NamedOutput {
  const what = clause.children.find((c) => c.isToken)?.text?.toLowerCase();
  const asClause = childOf(clause, "GraphToTableAsClause");
  const name = asClause ? nameOf(childOf(asClause, "NameDeclaration") ?? asClause) : undefined;
  const ps = params(clause);
  const allowed = what === "nodes" ? ["with_node_id"] : ["with_source_id", "with_target_id"];
  for (const k of ps.keys()) if (!allowed.includes(k)) unsupported(clause, `graph-to-table ${what} ${k}=`);
  if (what === "nodes") {
    const idName = ps.get("with_node_id");
    const ids = idName ? [idColumn(idName, ((h) => (i: number) => h[i])(nodeHashes(g, clause)), g.nodes.length)] : [];
    return { name, table: { length: g.nodes.length, columns: [...ids, ...g.nodes.columns] } };
  }
  if (what !== "edges") return unsupported(clause, `graph-to-table ${what ?? ""}`);
  const src = ps.get("with_source_id");
  const dst = ps.get("with_target_id");
  const hashes = src || dst ? nodeHashes(g, clause) : [];
  const ids = [
    ...(src ? [idColumn(src, (e) => hashes[g.src[e]], g.edges.length)] : []),
    ...(dst ? [idColumn(dst, (e) => hashes[g.dst[e]], g.edges.length)] : []),
  ];
  return { name, table: { length: g.edges.length, columns: [...ids, ...g.edges.columns] } };
}

/** Every output the operator lists (one without `as`, or several named ones). */
export function graphToTable(op: KNode, g: Graph): NamedOutput[] {
  const clauses = op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((c) => c.cls === "GraphToTableOutputClause");
  if (clauses.length === 0) return unsupported(op, "graph-to-table without nodes or edges");
  const outs = clauses.map((c) => output(c, g));
  if (outs.length > 1 && outs.some((o) => !o.name)) return unsupported(op, "graph-to-table nodes and edges without `as` names");
  return outs;
}
