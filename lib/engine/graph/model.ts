/**
 * The graph a `make-graph` builds (make-graph-operator page): each edges row is an edge whose
 * properties are the row's columns; each nodes row is a node whose properties are its columns; a node
 * id met only on an edge becomes a node with that id and empty properties (graph-to-table's page shows
 * such a node with its key column set to the id and the others empty).
 */
import type { Value } from "../../dataset/columns";
import { KqlRuntimeError } from "../errors";
import { materialize, valuesColumn, type EColumn, type ETable } from "../table";
import { keyOf } from "../value-ops";

export interface Graph {
  /** One row per node, columns are the node properties. */
  readonly nodes: ETable;
  /** One row per edge (the edges rows, in order), columns are the edge properties. */
  readonly edges: ETable;
  /** Node index of each edge's source and target. */
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** The id of each node, as make-graph read it, and the ids' type (the edges' source column's). */
  readonly ids: readonly Value[];
  readonly idType: EColumn["type"];
  /** Edge indices leaving / entering each node, in edge order. */
  readonly outEdges: readonly number[][];
  readonly inEdges: readonly number[][];
}

export interface NodeSource {
  table: ETable;
  key: string;
}

function nodeIndex(ids: Value[], index: Map<unknown, number>, id: Value): number {
  const k = keyOf(id);
  let at = index.get(k);
  if (at === undefined) {
    at = ids.length;
    ids.push(id);
    index.set(k, at);
  }
  return at;
}

/**
 * Builds the graph. Node order: the nodes tables' rows first (in order), then ids met only on edges in
 * edge order (source before target) — the order graph-to-table's page prints. A node listed twice (or in
 * both tables) is one node; where its rows disagree on a property, the page says one value is chosen
 * arbitrarily: we keep the first non-empty one.
 */
export function buildGraph(edges: ETable, srcCol: string, dstCol: string, sources: readonly NodeSource[], implicitId?: string): Graph {
  const ids: Value[] = [];
  const index = new Map<unknown, number>();
  const props = new Map<string, { type: EColumn["type"]; values: Value[] }>();
  const prop = (name: string, type: EColumn["type"]) => {
    let p = props.get(name);
    if (!p) props.set(name, (p = { type, values: [] }));
    return p;
  };
  for (const { table, key } of sources) {
    const keyCol = table.columns.find((c) => c.name === key);
    if (!keyCol) throw new KqlRuntimeError(`make-graph: the nodes table has no column ${key}`);
    for (const c of table.columns) prop(c.name, c.type);
    for (let r = 0; r < table.length; r++) {
      const id = keyCol.view.get(r);
      if (id === null) continue;
      const at = nodeIndex(ids, index, id);
      for (const c of table.columns) {
        const p = prop(c.name, c.type);
        const v = c.view.get(r);
        if ((p.values[at] === undefined || p.values[at] === null) && v !== null) p.values[at] = v;
      }
    }
  }
  const fromTables = ids.length;
  const sCol = edges.columns.find((c) => c.name === srcCol);
  const tCol = edges.columns.find((c) => c.name === dstCol);
  if (!sCol || !tCol) throw new KqlRuntimeError(`make-graph: the edges have no column ${sCol ? dstCol : srcCol}`);
  const src = new Int32Array(edges.length);
  const dst = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const s = sCol.view.get(e);
    const t = tCol.view.get(e);
    // Not documented; a null id cannot name a node, so the query fails rather than guess.
    if (s === null || t === null) throw new KqlRuntimeError(`make-graph: edge row ${e + 1} has an empty ${s === null ? srcCol : dstCol}`);
    src[e] = nodeIndex(ids, index, s);
    dst[e] = nodeIndex(ids, index, t);
  }
  // Nodes known only from edges carry their id in the key column(s) (graph-to-table's page shows it for
  // one nodes table; with two, which key gets it is not documented: both do). Nodes from a nodes table
  // keep that table's row as it is.
  const keyNames = implicitId ? [implicitId] : [...new Set(sources.map((s) => s.key))];
  for (const k of keyNames) {
    const p = prop(k, sCol.type);
    for (let n = fromTables; n < ids.length; n++) p.values[n] = ids[n];
    if (implicitId) for (let n = 0; n < fromTables; n++) p.values[n] = ids[n];
  }
  const nodeCols = [...props].map(([name, p]) => {
    const vals = Array.from({ length: ids.length }, (_, n) => p.values[n] ?? null);
    return { name, type: p.type, view: materialize(p.type, ids.length, (n) => vals[n]) };
  });
  const outEdges: number[][] = ids.map(() => []);
  const inEdges: number[][] = ids.map(() => []);
  for (let e = 0; e < edges.length; e++) {
    outEdges[src[e]].push(e);
    inEdges[dst[e]].push(e);
  }
  return { nodes: { length: ids.length, columns: nodeCols }, edges, src, dst, ids, idType: sCol.type, outEdges, inEdges };
}

/** The same graph with one more (or a replaced) node property. */
export function withNodeProperty(g: Graph, name: string, type: EColumn["type"], values: readonly Value[]): Graph {
  const columns = [...g.nodes.columns.filter((c) => c.name !== name), valuesColumn(name, type, values)];
  return { ...g, nodes: { length: g.nodes.length, columns } };
}
