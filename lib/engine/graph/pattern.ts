/**
 * A graph-match / graph-shortest-paths pattern read from the syntax tree (graph-match page, "Graph
 * pattern notation"): comma-separated sequences of nodes `(n)`/`()` joined by edges `-[e]->`, `<-[e]-`,
 * `-[e]-`, `-->`, `<--`, `--`, and variable-length edges `-[e*min..max]-`.
 */
import type { KNode } from "../kusto";
import { literalValue } from "../literals";
import { childOf, listElements, nameOf, nodes, unsupported } from "../syntax";
import { toLong } from "../value-ops";

export interface PatternEdge {
  /** Variable name, or undefined when anonymous. */
  name?: string;
  /** right: left node → right node; left: right → left; any: either. */
  dir: "right" | "left" | "any";
  min: number;
  max: number;
  /** Written with `*min..max`: its properties are arrays, one value per edge of the path. */
  variable: boolean;
}

export interface Sequence {
  /** Node slot of each node position (a named node used twice shares one slot). */
  nodes: number[];
  edges: PatternEdge[];
}

export interface Pattern {
  sequences: Sequence[];
  /** Node variable name → slot; anonymous nodes have slots with no name. */
  nodeSlots: Map<string, number>;
  slotCount: number;
  edgeNames: Set<string>;
}

function edgeOf(n: KNode): PatternEdge {
  const toks = n.children.filter((c) => c.isToken).map((c) => c.text ?? "");
  const first = toks[0] ?? "";
  const last = toks[toks.length - 1] ?? "";
  const dir = first.startsWith("<") ? "left" : last.endsWith(">") ? "right" : "any";
  if (first.startsWith("<") && last.endsWith(">")) unsupported(n, "a graph edge pointing both ways");
  const decl = childOf(n, "NameDeclaration");
  const range = childOf(n, "GraphMatchPatternEdgeRange");
  let min = 1;
  let max = 1;
  if (range) {
    const bounds = nodes(range).map((b) => (b.cls === "LiteralExpression" ? toLong(literalValue(b)) : null));
    if (bounds.length !== 2 || bounds.some((b) => b === null)) unsupported(range, "a variable-length edge whose bounds are not two integer literals");
    [min, max] = bounds as number[];
    if (min < 0 || max < min) unsupported(range, `variable-length edge range ${min}..${max}`);
  }
  return { name: decl ? nameOf(decl) : undefined, dir, min, max, variable: !!range };
}

/** The pattern of a GraphMatchOperator / GraphShortestPathsOperator. */
export function readPattern(op: KNode): Pattern {
  const list = op.children.filter((c) => c.cls === "SyntaxList").flatMap(listElements).filter((e) => e.cls === "GraphMatchPattern");
  if (list.length === 0) unsupported(op, "a graph operator without a pattern");
  const nodeSlots = new Map<string, number>();
  const edgeNames = new Set<string>();
  let slotCount = 0;
  const sequences = list.map((p) => {
    const seq: Sequence = { nodes: [], edges: [] };
    for (const el of listElements(childOf(p, "SyntaxList"))) {
      if (el.cls === "GraphMatchPatternNode") {
        const decl = childOf(el, "NameDeclaration");
        if (nodes(el).some((c) => c.cls !== "NameDeclaration")) unsupported(el, "a graph pattern node with labels or conditions");
        const name = decl ? nameOf(decl) : undefined;
        let slot = name === undefined ? undefined : nodeSlots.get(name);
        if (slot === undefined) {
          slot = slotCount++;
          if (name !== undefined) nodeSlots.set(name, slot);
        }
        seq.nodes.push(slot);
      } else if (el.cls === "GraphMatchPatternEdge") {
        const edge = edgeOf(el);
        if (edge.name !== undefined) {
          if (edgeNames.has(edge.name) || nodeSlots.has(edge.name)) unsupported(el, `graph pattern variable ${edge.name} used twice`);
          edgeNames.add(edge.name);
        }
        seq.edges.push(edge);
      } else unsupported(el, `graph pattern element ${el.cls}`);
    }
    if (seq.nodes.length !== seq.edges.length + 1) unsupported(p, "a graph pattern that does not alternate nodes and edges");
    return seq;
  });
  for (const name of edgeNames) if (nodeSlots.has(name)) unsupported(op, `graph pattern variable ${name} names both a node and an edge`);
  // Only single connected component patterns are supported (graph-match page): each later sequence shares a node.
  const seen = new Set(sequences[0].nodes);
  for (const seq of sequences.slice(1)) {
    if (!seq.nodes.some((s) => seen.has(s))) unsupported(op, "graph pattern sequences that share no node variable");
    for (const s of seq.nodes) seen.add(s);
  }
  return { sequences, nodeSlots, slotCount, edgeNames };
}
