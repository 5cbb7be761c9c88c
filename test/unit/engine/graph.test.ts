import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";
import { KqlRuntimeError, KqlSemanticError } from "@/lib/engine/errors";
import { xxhash64Signed as xxhash64 } from "@/lib/engine/hash/xxhash64";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

// a → b → c → a (a triangle), c → d, plus e, a node with no edge (from the nodes table).
const G = `let E = datatable(s:string, t:string, w:long)["a","b",1, "b","c",2, "c","a",3, "c","d",4];
let N = datatable(id:string, score:long)["a",10, "b",20, "c",30, "e",50];
E | make-graph s --> t with N on id`;

describe("make-graph and graph-to-table", () => {
  it("lists nodes from the nodes table first, then ids met only on edges (key column set, other properties empty)", () => {
    const r = run(`${G} | graph-to-table nodes`);
    expect(r.columns.map((c) => c.name)).toEqual(["id", "score"]);
    expect(r.rows).toEqual([["a", 10], ["b", 20], ["c", 30], ["e", 50], ["d", null]]);
  });

  it("exports edges in the edges table's order, with the node hashes' 64 bits exact", () => {
    const r = run(`${G} | graph-to-table edges`);
    expect(r.rows).toEqual([["a", "b", 1], ["b", "c", 2], ["c", "a", 3], ["c", "d", 4]]);
    // The node ids are XXH64 of the id (64 bits), printed with all their digits (exact-long.ts).
    const ids = run(`${G} | graph-to-table edges with_source_id=S with_target_id=T | project S, T`).rows;
    const xxh = (s: string) => xxhash64(s);
    const id = (s: string) => { const b = xxh(s); return Number.isSafeInteger(Number(b)) ? Number(b) : b; };
    expect(ids).toEqual([[id("a"), id("b")], [id("b"), id("c")], [id("c"), id("a")], [id("c"), id("d")]]);
    const joined = run(`${G} | graph-to-table edges with_source_id=S with_target_id=T | summarize dcount(S), dcount(T)`);
    expect(joined.rows).toEqual([[3, 4]]); // sources a, b, c; targets b, c, a, d
  });

  it("merges two nodes tables into one node per id; only edge-only nodes get the id in the key columns", () => {
    const r = run(`datatable(s:string, t:string)["a","b", "b","c"]
| make-graph s --> t with datatable(id:string, x:long)["a",1, "b",2] on id, datatable(key:string, y:string)["b","B"] on key
| graph-to-table nodes`);
    expect(r.columns.map((c) => c.name)).toEqual(["id", "x", "key", "y"]);
    expect(r.rows).toEqual([["a", 1, "", ""], ["b", 2, "b", "B"], ["c", null, "c", ""]]);
  });

  it("XXH64 matches the reference vectors (empty input, short and >32-byte inputs)", () => {
    expect(BigInt.asUintN(64, xxhash64("")).toString(16)).toBe("ef46db3751d8e999");
    expect(BigInt.asUintN(64, xxhash64("abc")).toString(16)).toBe("44bc2cf5ad770999");
    expect(xxhash64("Alice")).toBe(-3122868243544336885n);
    expect(BigInt.asUintN(64, xxhash64("Nobody inspects the spammish repetition")).toString(16)).toBe("fbcea83c8a378bf1");
  });

  it("fails with a clear error when an edge has no source id (the reference does not say what a null id means)", () => {
    expect(() => run(`datatable(s:long, t:long)[1, long(null)] | make-graph s --> t with_node_id=id | graph-to-table nodes`)).toThrow(KqlRuntimeError);
  });

  it("refuses a query whose result is the graph itself; graph() names a model the workspace cannot hold", () => {
    expect(() => run(`datatable(s:string, t:string)["a","b"] | make-graph s --> t`)).toThrow(/result is a graph/);
    expect(() => run(`graph("Model") | graph-to-table nodes`)).toThrow(KqlSemanticError);
    expect(() => run(`graph("Model") | graph-to-table nodes`)).toThrow(/graph model/);
  });
});

describe("graph-match", () => {
  it("follows edge directions: --> source to target, <-- the reverse, -- either", () => {
    const right = run(`${G} | graph-match (x)-->(y) where x.id == "c" project y.id`);
    expect(sorted(right.rows)).toEqual([["a"], ["d"]]);
    const left = run(`${G} | graph-match (x)<--(y) where x.id == "c" project y.id`);
    expect(left.rows).toEqual([["b"]]);
    const any = run(`${G} | graph-match (x)--(y) where x.id == "c" project y.id`);
    expect(sorted(any.rows)).toEqual([["a"], ["b"], ["d"]]);
  });

  it("cycles: unique_edges (default) walks the triangle back to its start, none never revisits a node, all may reuse edges", () => {
    const q = (opt: string) => run(`${G} | graph-match ${opt} (x)-[e*3..3]-(y) where x.id == "a" project y.id, ws = map(e, w)`);
    expect(sorted(q("").rows)).toEqual(sorted([["a", [1, 2, 3]], ["a", [3, 2, 1]], ["d", [1, 2, 4]]]));
    expect(q("cycles=none").rows).toEqual([["d", [1, 2, 4]]]);
    expect(q("cycles=all").rows.length).toBeGreaterThan(3);
  });

  it("zero-length variable edges match the node itself with empty arrays; all() is true and any() false on them", () => {
    const r = run(`${G} | graph-match (x)-[e*0..1]->(y) where x.id == "d" project y.id, n = array_length(map(e, w)), a = all(e, w > 100), s = any(e, w > 0)`);
    expect(r.rows).toEqual([["d", 0, true, false]]);
  });

  it("a variable-length edge's property is an array in pattern order; inner_nodes lists the nodes between", () => {
    const r = run(`${G} | graph-match (x)<-[e*2..2]-(y) where x.id == "d" project y.id, ws = e.w, via = map(inner_nodes(e), id), deg = map(inner_nodes(e), node_degree_out())`);
    expect(r.rows).toEqual([["b", [4, 2], ["c"], [2]]]);
  });

  it("node properties missing on a node are null, and comparisons with them follow Kusto's null rules", () => {
    const r = run(`${G} | graph-match (x)-->(y) where isnull(y.score) project x.id, y.id, node_id(y), node_degree_in(y)`);
    expect(r.rows).toEqual([["c", "d", "d", 1]]);
  });

  it("a where condition on a variable-length edge's property holds for each of its edges", () => {
    const r = run(`${G} | graph-match (x)-[e*1..3]->(y) where x.id == "b" and e.w >= 2 project y.id, e.w`);
    expect(sorted(r.rows)).toEqual(sorted([["c", [2]], ["a", [2, 3]], ["d", [2, 4]]]));
    expect(() => run(`${G} | graph-match (x)-[e*1..3]->(y) where e.w > x.score project y.id`)).toThrow(/mixes e's edge properties/);
  });

  it("a graph bound by let is built where graph operators use it", () => {
    const r = run(`let Gr = datatable(s:string, t:string)["a","b", "c","d"] | make-graph s --> t with_node_id=id | graph-mark-components;
Gr | graph-match (x)-->(y) where y.id == "d" project x.id, x.ComponentId`);
    expect(r.rows).toEqual([["c", 1]]);
  });

  it("labels() is an empty array on a make-graph graph (labels come from graph models), per element inside map()", () => {
    const r = run(`${G} | graph-match (x)-[e*2..2]->(y) where x.id == "a" and array_length(labels(x)) == 0 project labels(y), map(e, labels()), map(inner_nodes(e), labels())`);
    expect(r.rows).toEqual([[[], [[], []], [[]]]]);
  });

  it("several sequences join on shared node variables", () => {
    const r = run(`${G} | graph-match (x)-->(c)-->(y), (c)-->(z) where c.id == "c" and y.id == "a" and z.id == "d" project x.id`);
    expect(r.rows).toEqual([["b"]]);
  });

  it("refuses a graph variable used as a value and a pattern without project, by name", () => {
    expect(() => run(`${G} | graph-match (x)-->(y) project x`)).toThrow(/graph variable x used as a value/);
    expect(() => run(`${G} | graph-match (x)-[e*1..2]->(y) project inner_nodes(e)`)).toThrow(/inner_nodes/);
    expect(() => run(`${G} | graph-match (x)-[e*1..2]->(y) project map(e, node_degree_in())`)).toThrow(KqlUnsupportedError);
  });
});

describe("graph-shortest-paths and graph-mark-components", () => {
  it("keeps the fewest-edge path per (source, target) pair; output=all keeps every one of that length", () => {
    const two = `datatable(s:string, t:string, via:string)["a","b","1", "a","c","2", "b","d","3", "c","d","4", "a","d","5"] | make-graph s --> t with_node_id=id`;
    const r = run(`${two} | graph-shortest-paths (x)-[e*1..3]->(y) where x.id == "a" and y.id == "d" project p = map(e, via)`);
    expect(r.rows).toEqual([[["5"]]]);
    const constrained = `${two} | graph-shortest-paths output=all (x)-[e*1..3]->(y) where x.id == "a" and y.id == "d" and all(e, via != "5") project p = map(e, via)`;
    expect(sorted(run(constrained).rows)).toEqual([[["1", "3"]], [["2", "4"]]]);
  });

  it("breadth-first search gives exactly the paths the general walk finds (random graphs, every direction, element conditions, min 0 and 1)", () => {
    let seed = 11;
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let round = 0; round < 3; round++) {
      const edges = Array.from({ length: 60 }, (_, k) => `"n${rnd(25)}","n${rnd(25)}",${rnd(6)},"k${k}"`).join(", ");
      const nodes = Array.from({ length: 25 }, (_, k) => `"n${k}",${rnd(5)}`).join(", ");
      const graph = `datatable(s:string, t:string, w:long, k:string)[${edges}] | make-graph s --> t with datatable(id:string, score:long)[${nodes}] on id`;
      for (const [output, arrow, cond] of [
        ["all", "-[e*1..4]->", ` and b.id != "n${round}"`],
        ["any", "-[e*1..4]->", ` and b.id != "n${round}"`],
        ["all", "<-[e*0..3]-", ""], ["any", "-[e*0..2]-", " and b.score > 1"],
        ["all", "-[e*1..3]-", ` and e.w > 1 and b.id != "n${round}"`],
        ["any", "-[e*1..5]->", ` and all(inner_nodes(e), score > 1) and all(e, w < 5) and b.id != "n${round}"`],
      ]) {
        const q = (extra: string) => `${graph} | graph-shortest-paths output=${output} (a)${arrow}(b) where a.id == "n${round}"${cond}${extra} project b.id, p = map(e, k), via = map(inner_nodes(e), id)`;
        const bfs = run(q("")).rows;
        // A condition over both ends (always true) sends the query down the general walk.
        const walked = run(q(" and strlen(strcat(a.id, b.id)) >= 0")).rows;
        expect(sorted(bfs)).toEqual(sorted(walked));
      }
    }
  });

  it("weak components ignore direction; strong ones need a cycle; the default name is ComponentId", () => {
    const weak = run(`${G} | graph-mark-components | graph-to-table nodes`);
    expect(weak.columns.map((c) => c.name)).toEqual(["id", "score", "ComponentId"]);
    expect(weak.rows.map((x) => [x[0], x[2]])).toEqual([["a", 0], ["b", 0], ["c", 0], ["e", 1], ["d", 0]]);
    const strong = run(`${G} | graph-mark-components kind=strong with_component_id=k | graph-to-table nodes`);
    const k = Object.fromEntries(strong.rows.map((x) => [x[0], x[2]]));
    expect(k.a).toBe(k.b);
    expect(k.b).toBe(k.c);
    expect(new Set([k.a, k.d, k.e]).size).toBe(3);
  });
});

describe("make-graph partitioned-by", () => {
  it("builds one graph per partition value and runs the graph operator on each, combining the rows", () => {
    const q = `let E = datatable(s:string, t:string, tenant:string)["a","b","x", "b","c","x", "a","b","y"];
let N = datatable(id:string, tenant:string, name:string)["a","x","A1", "b","x","B1", "c","x","C1", "a","y","A2", "b","y","B2"];
E | make-graph s --> t with N on id partitioned-by tenant (
  graph-match (p)-[e*1..2]->(q) where p.id == "a" project tenant = p.tenant, from = p.name, to = q.name, hops = array_length(map(e, t))
)`;
    expect(sorted(run(q).rows)).toEqual(sorted([["x", "A1", "B1", 1], ["x", "A1", "C1", 2], ["y", "A2", "B2", 1]]));
  });

  it("node_id() of a datetime id is its tostring() text", () => {
    const r = run(`datatable(s:datetime, t:datetime)[datetime(2024-01-01), datetime(2024-01-02)] | make-graph s --> t with_node_id=d | graph-match (x)-->(y) project node_id(x)`);
    expect(r.rows).toEqual([["2024-01-01T00:00:00Z"]]);
  });
});

describe("a scalar query statement", () => {
  it("answers one row with one column, like print", () => {
    const r = run("binary_xor(1, 2)");
    expect(r.columns).toEqual([{ name: "print_0", type: "long" }]);
    expect(r.rows).toEqual([[3]]);
  });

  it("refuses control commands by name", () => {
    expect(() => run(".create table T (x:long)")).toThrow(/control command/);
  });
});
