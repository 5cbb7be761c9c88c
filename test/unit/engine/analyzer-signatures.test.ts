/**
 * Documented forms the bundled analyzer (12.4.1) rejects and lib/engine/analyzer-signatures.ts teaches
 * it: each checked beyond its page's one example (the pages are cited in that file).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { analyze } from "@/lib/engine/run-query";
import { refusal as refusedFor, runAtNoon as run } from "./refusal";

const columns = (q: string) => run(q).columns.map((c) => `${c.name}:${c.type}`);
/** The refused constructs as a list (refusal.ts joins them). */
const refusal = (q: string): string[] => refusedFor(q).split("; ");

describe("count(expr) (summarize page: nulls included, named count_<column>)", () => {
  it("counts every row of each group, nulls included, beside explicit names", () => {
    const q = `datatable(x:long, s:string, k:string)[1, "a", "p", long(null), "", "p", 3, "c", "q"]
      | summarize count(x), n = count(s), c = count() by k`;
    expect(columns(q)).toEqual(["k:string", "count_x:long", "n:long", "c:long"]);
    expect(run(q).rows).toEqual([
      ["p", 2, 2, 2],
      ["q", 1, 1, 1],
    ]);
  });

  it("is 0 over an empty input, as count() is", () => {
    expect(run(`datatable(x:real)[] | summarize count(x)`).rows).toEqual([[0]]);
  });

  it("of a bool stays refused: the analyzer binds it to an obsolete countif() form no page documents", () => {
    expect(refusal(`datatable(b:bool)[true, false] | summarize count(b)`)).toEqual([
      "count() with a bool argument (an undocumented, obsolete form: write countif(predicate) or count())",
    ]);
  });

  it("takes one argument only, as before", () => {
    expect(analyze(new Workspace(), `datatable(x:long)[1] | summarize count(x, x)`).errors.map((e) => e.code)).toEqual(["KS119"]);
  });
});

describe("make_timespan() with real seconds (its page: second is a real, 0 to 59.9999999)", () => {
  it("takes fractional seconds in the three- and four-argument forms", () => {
    expect(run(`print a = make_timespan(1, 12, 30, 55.123), b = make_timespan(2, 3, 4.5), c = make_timespan(2, 3, 4)`).rows).toEqual([
      ["1.12:30:55.1230000", "02:03:04.5000000", "02:03:04"],
    ]);
  });

  it("is null outside the page's ranges, and refuses a second finer than the engine keeps", () => {
    expect(run(`print make_timespan(1, 2, 60.5)`).rows).toEqual([[null]]);
    expect(refusal(`print make_timespan(1, 2, 3.00000001)`)).toEqual(["make_timespan() with a second finer than a microsecond (timespans are kept to the microsecond)"]);
  });

  it("still wants whole hours and minutes, and a number for the second", () => {
    const codes = (q: string) => analyze(new Workspace(), q).errors.map((e) => e.code);
    expect(codes(`print make_timespan(1.5, 2)`)).toEqual(["KS134"]);
    expect(codes(`print make_timespan(1, 2, "3")`)).toEqual(["KS137"]);
  });
});

describe("series_fit_poly() with a long degree (its page passes 5 and 8)", () => {
  it("is typed by the analyzer, then refused by name (the engine has no polynomial fit)", () => {
    const q = `print y = dynamic([1, 4, 9]), x = dynamic([1, 2, 3]) | extend series_fit_poly(y, x, 2)`;
    expect(analyze(new Workspace(), q).errors).toEqual([]);
    expect(refusal(q)).toEqual(["function series_fit_poly()"]);
    expect(analyze(new Workspace(), `print series_fit_poly(dynamic([1]), dynamic([1]), 1.5)`).errors.map((e) => e.code)).toEqual(["KS134"]);
  });
});

describe("bag_unpack(column [, prefix] [, columnsConflict] [, ignoredProperties]) (its page)", () => {
  const bags = `datatable(d:dynamic, Name:string)[dynamic({"Name":"John","Age":20,"Address":"A-1"}), "old"]`;

  it("leaves out the ignored properties, with a column prefix", () => {
    const q = `${bags} | evaluate bag_unpack(d, "p_", ignoredProperties=dynamic(["Age", "Address"]))`;
    expect(columns(q)).toEqual(["Name:string", "p_Name:dynamic"]);
    expect(run(q).rows).toEqual([["old", "John"]]);
  });

  it("takes columnsConflict and ignoredProperties by position as the syntax lists them", () => {
    const q = `datatable(d:dynamic, p_Name:string)[dynamic({"Name":"John","Age":20,"Address":"A-1"}), "old"]
      | evaluate bag_unpack(d, "p_", "replace_source", dynamic(["Address"]))`;
    expect(columns(q)).toEqual(["p_Name:dynamic", "p_Age:dynamic"]);
    expect(run(q).rows).toEqual([["John", 20]]);
  });

  it("keeps columnsConflict's error by name", () => {
    expect(() => run(`${bags} | evaluate bag_unpack(d, columnsConflict="error", ignoredProperties=dynamic(["Age"]))`)).toThrow(/names the existing column Name/);
  });
});

describe("schema_merge([PreserveOrder]) (its page)", () => {
  const schemas = (a: string, b: string) => `let s1 = datatable(${a})[] | getschema; let s2 = datatable(${b})[] | getschema; union s1, s2`;
  const ERROR_ROW = ["ERROR(unknown CSL type:ERROR(columns are out of order))", "ERROR(columns are out of order)"];

  it("appends a new column and keeps getschema's form", () => {
    const q = `${schemas("a:string, b:long", "a:string, b:long, c:datetime")} | evaluate schema_merge()`;
    expect(columns(q)).toEqual(["ColumnName:string", "ColumnOrdinal:int", "DataType:string", "ColumnType:string"]);
    expect(run(q).rows).toEqual([
      ["a", 0, "System.String", "string"],
      ["b", 1, "System.Int64", "long"],
      ["c", 2, "System.DateTime", "datetime"],
    ]);
  });

  it("marks a moved column out of order when PreserveOrder is true (the default), and keeps it otherwise", () => {
    const moved = schemas("a:string, b:long", "a:string, c:real, b:long");
    expect(run(`${moved} | evaluate schema_merge(true)`).rows).toEqual([
      ["a", 0, "System.String", "string"],
      ["c", 1, "System.Double", "real"],
      ["b", -1, ...ERROR_ROW],
    ]);
    expect(run(`${moved} | evaluate schema_merge(PreserveOrder = false)`).rows).toEqual([
      ["a", 0, "System.String", "string"],
      ["c", 1, "System.Double", "real"],
      ["b", 2, "System.Int64", "long"],
    ]);
  });

  it("refuses by name what the page leaves open: two types for one column, a column past the end, columns after an error", () => {
    expect(refusal(`${schemas("a:string, b:int", "a:string, b:long")} | evaluate schema_merge(false)`)).toEqual([
      "schema_merge() of column b with two types, int and long (the page does not say which types reduce to a common one)",
    ]);
    expect(refusal(`datatable(ColumnName:string, ColumnOrdinal:int, DataType:string, ColumnType:string)["a", 3, "System.String", "string"] | evaluate schema_merge()`)).toEqual([
      "schema_merge() of a new column whose ordinal is past the merged columns' end (the page does not say where it goes)",
    ]);
    expect(refusal(`${schemas("a:string, b:long, d:real", "b:long, a:string, d:real")} | evaluate schema_merge()`)).toEqual([
      "schema_merge() with columns after an out-of-order one (the page does not say how they are numbered)",
    ]);
  });
});

describe("make-graph with_node_id= read inside map() (all-graph-function page; graph/implicit-id.ts)", () => {
  const chain = (idType: string, ids: string) => `datatable(a:${idType}, b:${idType})[${ids}] | make-graph a --> b with_node_id=station | graph-match (s)-[e*1..3]->(d)`;

  it("binds the bare name as map()'s element, typed as the node ids are", () => {
    const q = `${chain("string", `"x", "y", "y", "z"`)} project f = s.station, via = map(inner_nodes(e), station), t = d.station`;
    expect(run(q).rows).toEqual([
      ["x", [], "y"],
      ["x", ["y"], "z"],
      ["y", [], "z"],
    ]);
    const longs = `${chain("long", "1, 2, 2, 3")} where array_length(map(inner_nodes(e), station)) > 0 project via = map(inner_nodes(e), station)`;
    expect(run(longs).rows).toEqual([[[2]]]);
  });

  it("refuses it by name inside an expression or all()/any(), where the analyzer's types around it are guesses", () => {
    const inAll = `${chain("string", `"x", "y", "y", "z"`)} where all(inner_nodes(e), station != "q") project s.station`;
    expect(refusal(inAll)).toEqual([expect.stringMatching(/^the with_node_id property station inside an expression of map\(\)\/all\(\)\/any\(\) \(Microsoft's analyzer 12\.4\.1/)]);
    expect(refusal(`${chain("string", `"x", "y"`)} project m = map(inner_nodes(e), strcat(station, "!"))`)).toHaveLength(1);
  });

  it("leaves other unknown names the analyzer's error", () => {
    expect(() => run(`${chain("string", `"x", "y"`)} project via = map(inner_nodes(e), nosuch)`)).toThrow(/KS142/);
  });
});
