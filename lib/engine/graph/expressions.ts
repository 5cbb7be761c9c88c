/**
 * Expressions of graph-match / graph-shortest-paths `where` and `project`: `v.prop` reads a node's or
 * edge's property (an array of values, one per edge, on a variable-length edge: graph-match page,
 * "Returns"), and the graph functions map(), all(), any(), inner_nodes(), node_degree_in(),
 * node_degree_out(), node_id() (their pages). Each graph-specific sub-expression is compiled to a getter
 * over match indices and handed to the ordinary scalar compiler as precomputed, so everything else
 * (strcat, iff, comparisons, null rules) is the engine's one implementation.
 */
import type { Value } from "../../dataset/columns";
import type { KNode } from "../kusto";
import { compileScalar, type QueryContext } from "../scalar";
import { callArgs } from "../functions";
import { nameOf, nodes, unsupported } from "../syntax";
import { findColumn, type ETable } from "../table";
import { dynamicForm, toKustoString, type Getter } from "../value-ops";
import type { Graph } from "./model";
import type { Matches, Path } from "./match";
import type { Pattern } from "./pattern";

export const GRAPH_FUNCTIONS = new Set(["map", "all", "any", "inner_nodes", "node_degree_in", "node_degree_out", "node_id", "labels"]);

/** labels() (its page): labels come from graph models; on a make-graph graph it "always returns an empty array". */
const NO_LABELS = () => [];

/** Where each pattern variable's binding lives in the match set (or, for a node prefilter, per node). */
export interface Bindings {
  count: number;
  node(name: string): ((i: number) => number) | undefined;
  edge(name: string): ((i: number) => number) | undefined;
  path(name: string): ((i: number) => Path) | undefined;
}

export function matchBindings(p: Pattern, m: Matches): Bindings {
  const edgeSlot = new Map<string, number>();
  let k = 0;
  for (const s of p.sequences) for (const e of s.edges) {
    if (e.name !== undefined) edgeSlot.set(e.name, k);
    k++;
  }
  const variable = new Set(p.sequences.flatMap((s) => s.edges.filter((e) => e.variable && e.name !== undefined).map((e) => e.name as string)));
  return {
    count: m.count,
    node: (name) => {
      const slot = p.nodeSlots.get(name);
      return slot === undefined ? undefined : (i) => m.nodes[slot][i];
    },
    edge: (name) => {
      const slot = edgeSlot.get(name);
      return slot === undefined || variable.has(name) ? undefined : (i) => m.edges[slot][i];
    },
    path: (name) => {
      const slot = edgeSlot.get(name);
      return slot === undefined || !variable.has(name) ? undefined : (i) => m.paths[slot][i];
    },
  };
}

function property(table: ETable, name: string): (row: number) => Value {
  const col = findColumn(table, name);
  if (!col) return () => null;
  const view = col.view;
  return (row) => view.get(row);
}

const nodeFunction = (g: Graph, fn: string): ((node: number) => Value) | undefined =>
  fn === "node_degree_in" ? (n) => g.inEdges[n].length : fn === "node_degree_out" ? (n) => g.outEdges[n].length : fn === "node_id" ? (n) => toKustoString(g.ids[n], g.idType) : undefined;

const fnName = (n: KNode) => (n.symbol?.name ?? nameOf(nodes(n)[0])).toLowerCase();
const isGraphCall = (n: KNode) => n.cls === "FunctionCallExpression" && n.symbol?.kind === "Function" && GRAPH_FUNCTIONS.has(fnName(n));

/**
 * An expression over one element of a path (the second argument of map/all/any): properties are plain
 * names; with inner_nodes, node_degree_in()/node_degree_out()/node_id() without argument are the element's.
 */
function elementGetter(expr: KNode, g: Graph, onNodes: boolean, ctx: QueryContext): Getter {
  const pre = new Map<KNode, Getter>();
  const visit = (n: KNode) => {
    if (n.isToken) return;
    if (isGraphCall(n)) {
      const name = fnName(n);
      if (name === "labels" && callArgs(n).length === 0) {
        pre.set(n, NO_LABELS);
        return;
      }
      const f = nodeFunction(g, name);
      if (!f || callArgs(n).length > 0 || !onNodes) return unsupported(n, `${name}() inside map()/all()/any() ${onNodes ? "with an argument" : "over edges"}`);
      pre.set(n, (i) => f(i));
      return;
    }
    if (n.cls === "NameReference" && n.symbol?.kind === "Variable" && n.type === "other") unsupported(n, `pattern variable ${nameOf(n)} inside map()/all()/any()`);
    for (const c of n.children) visit(c);
  };
  visit(expr);
  return compileScalar(expr, { table: onNodes ? g.nodes : g.edges, ctx, aggregates: pre });
}

/** map/all/any(e | inner_nodes(e), expr) over the matches. */
function pathFunction(n: KNode, name: string, g: Graph, b: Bindings, ctx: QueryContext): Getter {
  const [list, expr] = callArgs(n);
  if (!list || !expr) return unsupported(n, `${name}() without two arguments`);
  const onNodes = isGraphCall(list) && fnName(list) === "inner_nodes";
  const varNode = onNodes ? callArgs(list)[0] : list;
  const path = varNode && varNode.cls === "NameReference" ? b.path(nameOf(varNode)) : undefined;
  if (!path) return unsupported(list, `${name}() whose first argument is not a variable-length edge or inner_nodes() of one`);
  const el = elementGetter(expr, g, onNodes, ctx);
  const elements = (i: number) => (onNodes ? path(i).inner : path(i).edges);
  if (name === "map") {
    const form = dynamicForm(expr.type);
    return (i) => elements(i).map((x) => form(el(x)));
  }
  // all(): true for an empty path; any(): false (their pages). A null condition is not true.
  if (name === "all") return (i) => elements(i).every((x) => el(x) === true);
  return (i) => elements(i).some((x) => el(x) === true);
}

/** Compiles a where/project expression over the bindings; graph-specific parts become precomputed getters. */
export function compileGraphExpr(expr: KNode, g: Graph, b: Bindings, ctx: QueryContext): Getter {
  const pre = new Map<KNode, Getter>();
  const visit = (n: KNode) => {
    if (n.isToken) return;
    if (n.cls === "PathExpression") {
      const [base, sel] = nodes(n);
      if (base.cls === "NameReference" && base.symbol?.kind === "Variable" && base.type === "other") {
        const v = nameOf(base);
        const prop = nameOf(sel);
        const node = b.node(v);
        const edge = b.edge(v);
        const path = b.path(v);
        if (node) {
          const get = property(g.nodes, prop);
          pre.set(n, (i) => get(node(i)));
        } else if (edge) {
          const get = property(g.edges, prop);
          pre.set(n, (i) => get(edge(i)));
        } else if (path) {
          const get = property(g.edges, prop);
          const form = dynamicForm(n.type);
          pre.set(n, (i) => path(i).edges.map((e) => form(get(e))));
        } else unsupported(n, `graph variable ${v}`);
        return;
      }
    }
    if (isGraphCall(n)) {
      const name = fnName(n);
      if (name === "map" || name === "all" || name === "any") {
        pre.set(n, pathFunction(n, name, g, b, ctx));
        return;
      }
      if (name === "inner_nodes") return unsupported(n, "inner_nodes() outside the first argument of map()/all()/any()");
      const arg = callArgs(n)[0];
      if (name === "labels" && arg?.cls === "NameReference" && (b.node(nameOf(arg)) || b.edge(nameOf(arg)))) {
        pre.set(n, NO_LABELS);
        return;
      }
      const node = arg?.cls === "NameReference" ? b.node(nameOf(arg)) : undefined;
      const f = nodeFunction(g, name);
      if (!node || !f) return unsupported(n, `${name}() of something other than a node variable`);
      pre.set(n, (i) => f(node(i)));
      return;
    }
    if (n.cls === "NameReference" && n.symbol?.kind === "Variable" && n.type === "other" && (b.node(nameOf(n)) || b.edge(nameOf(n)) || b.path(nameOf(n)))) {
      return unsupported(n, `graph variable ${nameOf(n)} used as a value (name one of its properties)`);
    }
    for (const c of n.children) visit(c);
  };
  visit(expr);
  return compileScalar(expr, { table: { length: b.count, columns: [] }, ctx, aggregates: pre });
}

/** Pattern variables an expression reads. */
export function variablesOf(expr: KNode, names: ReadonlySet<string>, out = new Set<string>()): Set<string> {
  if (expr.isToken) return out;
  if (expr.cls === "NameReference" && names.has(nameOf(expr)) && expr.symbol?.kind === "Variable") out.add(nameOf(expr));
  for (const c of expr.children) variablesOf(c, names, out);
  return out;
}

/** The conjuncts of `a and b and ...`. */
export function conjuncts(expr: KNode): KNode[] {
  if (expr.cls === "ParenthesizedExpression") return conjuncts(nodes(expr)[0]);
  if (expr.cls === "BinaryExpression" && expr.kind === "AndExpression") return nodes(expr).flatMap(conjuncts);
  return [expr];
}

/** Variable-length edges whose properties an expression reads directly (`e.w`, not inside map/all/any). */
export function pathProperties(expr: KNode, b: Bindings, out = new Set<string>()): Set<string> {
  if (expr.isToken || isGraphCall(expr)) return out;
  if (expr.cls === "PathExpression") {
    const base = nodes(expr)[0];
    if (base.cls === "NameReference" && b.path(nameOf(base))) out.add(nameOf(base));
  }
  for (const c of expr.children) pathProperties(c, b, out);
  return out;
}

/**
 * A where condition on a variable-length edge's properties constrains each of its edges (graph-match
 * page: a sequence matches "if all the edges in the sequence satisfy the constraints outlined in the
 * where clause"): the condition compiled per edge, true when every edge of the path passes.
 */
export function everyEdge(expr: KNode, variable: string, g: Graph, b: Bindings, ctx: QueryContext): Getter {
  const path = b.path(variable) as (i: number) => Path;
  const pre = new Map<KNode, Getter>();
  const visit = (n: KNode) => {
    if (n.isToken) return;
    if (n.cls === "PathExpression" && nodes(n)[0].cls === "NameReference" && nameOf(nodes(n)[0]) === variable) {
      pre.set(n, property(g.edges, nameOf(nodes(n)[1])));
      return;
    }
    if (isGraphCall(n) || (n.cls === "NameReference" && n.symbol?.kind === "Variable" && n.type === "other")) unsupported(n, `a where condition that mixes ${variable}'s edge properties with other pattern variables or graph functions`);
    for (const c of n.children) visit(c);
  };
  visit(expr);
  const test = compileScalar(expr, { table: g.edges, ctx, aggregates: pre });
  return (i) => path(i).edges.every((e) => test(e) === true);
}
