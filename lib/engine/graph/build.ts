/** make-graph (with nodes tables or with_node_id) and graph-mark-components: operators whose result is a graph. */
import type { KNode } from "../kusto";
import type { QueryContext } from "../scalar";
import { childOf, listElements, nameOf, namedParameters, nodes, unsupported } from "../syntax";
import type { ETable } from "../table";
import { buildGraph, withNodeProperty, type Graph } from "./model";
import { refuseWideLongs } from "../exact-keys";

/** The edges' source and target columns and the node sources of a make-graph. */
export function makeGraph(op: KNode, edges: ETable, ctx: QueryContext, nodeTables?: (t: ETable) => ETable): Graph {
  const [srcRef, dstRef] = nodes(op).filter((c) => c.cls === "NameReference");
  if (!srcRef || !dstRef) return unsupported(op, "make-graph whose source and target are not columns");
  const withTables = childOf(op, "MakeGraphWithTablesAndKeysClause");
  const implicit = childOf(op, "MakeGraphWithImplicitIdClause");
  const sources = withTables
    ? listElements(childOf(withTables, "SyntaxList")).map((clause) => {
        const [tableExpr, keyRef] = nodes(clause);
        const table = ctx.evalTabular(tableExpr);
        return { table: nodeTables ? nodeTables(table) : table, key: nameOf(keyRef) };
      })
    : [];
  const implicitId = implicit ? nameOf(childOf(implicit, "NameDeclaration") ?? implicit) : undefined;
  // Node ids and properties are keyed and stored as values (doubles for longs): 64-bit ones are refused.
  refuseWideLongs([edges, ...sources.map((s) => s.table)], op, "make-graph");
  return buildGraph(edges, nameOf(srcRef), nameOf(dstRef), sources, implicitId);
}

/** Parameters make-graph does not document: refused by name. */
export function makeGraphUnsupported(op: KNode): string | undefined {
  const params = [...namedParameters(op).keys()];
  return params.length > 0 ? `make-graph ${params.join(", ")}=` : undefined;
}

/** Weakly connected components: union-find over the edges ignoring direction. */
function weakComponents(g: Graph): Int32Array {
  const parent = Int32Array.from({ length: g.nodes.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let e = 0; e < g.src.length; e++) {
    const a = find(g.src[e]);
    const b = find(g.dst[e]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return Int32Array.from({ length: g.nodes.length }, (_, i) => find(i));
}

/** Strongly connected components (Tarjan, iterative): each node's component root. */
function strongComponents(g: Graph): Int32Array {
  const n = g.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    const work: { v: number; k: number }[] = [{ v: root, k: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const out = g.outEdges[top.v];
      if (top.k < out.length) {
        const w = g.dst[out[top.k++]];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, k: 0 });
        } else if (onStack[w]) low[top.v] = Math.min(low[top.v], index[w]);
        continue;
      }
      work.pop();
      if (work.length > 0) low[work[work.length - 1].v] = Math.min(low[work[work.length - 1].v], low[top.v]);
      if (low[top.v] === index[top.v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          comp[w] = top.v;
        } while (w !== top.v);
      }
    }
  }
  return comp;
}

/**
 * graph-mark-components [kind=weak|strong] [with_component_id=Name] (its page): each node gets a
 * zero-based consecutive component index (default property ComponentId). The page says the numbering is
 * arbitrary; we number components in the order of their first node (nodes-table order, then edges).
 */
export function markComponents(op: KNode, g: Graph): Graph {
  const params = namedParameters(op);
  const kind = (params.get("kind") ?? "weak").toLowerCase();
  if (kind !== "weak" && kind !== "strong") return unsupported(op, `graph-mark-components kind=${kind}`);
  for (const k of params.keys()) if (k !== "kind" && k !== "with_component_id") unsupported(op, `graph-mark-components ${k}=`);
  const name = params.get("with_component_id") ?? "ComponentId";
  const roots = kind === "weak" ? weakComponents(g) : strongComponents(g);
  const number = new Map<number, number>();
  const ids = Array.from(roots, (r) => {
    let id = number.get(r);
    if (id === undefined) number.set(r, (id = number.size));
    return id;
  });
  return withNodeProperty(g, name, "long", ids);
}
