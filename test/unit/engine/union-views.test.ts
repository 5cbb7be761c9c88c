import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { KqlSemanticError, KqlUnsupportedError } from "@/lib/engine/errors";
import { validateQuery } from "@/lib/engine/validate";

// Views in wildcard unions: the let reference ("view: only relevant for a parameter-less let statement;
// when used, the let statement is included in queries with a union operator with wildcard selection"),
// the views page (`union T*` resolves T_view, not T_notview) and the union reference (outer union by
// column name and type, `name_type` on conflicts, withsource naming each leg).
const ws = new Workspace();
ws.appendRows("AppRequests", [
  { TimeGenerated: "2026-01-01T00:00:00Z", Name: "GET /a", Success: true, DurationMs: 12 },
  { TimeGenerated: "2026-01-01T00:01:00Z", Name: "GET /b", Success: false, DurationMs: 40 },
]);
const run = (q: string) => runQuery(ws, q, { asOf: new Date("2026-01-01T01:00:00Z") });
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("union with a wildcard over the query's views", () => {
  it("the union reference's isfuzzy example: View*, SomeView* (no match, dropped) and OtherView* give 3 rows", () => {
    const q = `let View_1 = view () { print x=1 };
let View_2 = view () { print x=1 };
let OtherView_1 = view () { print x=1 };
union isfuzzy=true View*, SomeView*, OtherView*
| count`;
    expect(run(q).rows).toEqual([[3]]);
  });

  it("without isfuzzy a pattern that matches nothing is an error, as for tables", () => {
    expect(() => run("let View_1 = view () { print x=1 }; union View*, SomeView* | count")).toThrow(KqlSemanticError);
  });

  it("columns come from what each view produces: same name of two types gets type-suffixed columns, withsource names the view", () => {
    const r = run("let View_1 = view () { print x=1 }; let View_2 = view () { print x=toint(2) }; union withsource=TableName View*");
    expect(r.columns).toEqual([
      { name: "TableName", type: "string" },
      { name: "x_long", type: "long" },
      { name: "x_int", type: "int" },
    ]);
    expect(sorted(r.rows)).toEqual([
      ["View_1", 1, null],
      ["View_2", null, 2],
    ]);
  });

  it("views mixed with tables: an outer union of both, each row filled only in its own leg's columns", () => {
    const r = run("let AppView = view () { print Name = 'from view', n = 7 }; union withsource=S App* | project S, Name, n, DurationMs");
    expect(r.columns.map((c) => `${c.name}:${c.type}`)).toEqual(["S:string", "Name:string", "n:long", "DurationMs:real"]);
    expect(sorted(r.rows)).toEqual([
      ["AppRequests", "GET /a", null, 12],
      ["AppRequests", "GET /b", null, 40],
      ["AppView", "from view", 7, null],
    ]);
  });

  it("operators after the union see the views' columns (typed by the analyzer, not refused)", () => {
    const r = run("let V1 = view () { print x=1, y='a' }; let V2 = view () { print x=5, y='b' }; union V* | where x > 2 | extend z = strcat(y, '!')");
    expect(r.rows).toEqual([[5, "b", "b!"]]);
  });

  it("getschema and the reported columns list the views' columns", () => {
    const r = run("let V1 = view () { print x=1, y='a' }; union withsource=S V*, (AppRequests | project Name) | getschema | project ColumnName, ColumnType");
    expect(r.rows.map((row) => row.join(":"))).toEqual(expect.arrayContaining(["S:string", "x:long", "y:string", "Name:string"]));
    const direct = run("let V1 = view () { print x=1, y='a' }; union V*");
    expect(direct.columns).toEqual([
      { name: "x", type: "long" },
      { name: "y", type: "string" },
    ]);
    expect(validateQuery("let V1 = view () { print x=1 }; union V* | project x")).toEqual({ ok: true });
  });

  it("union * takes views too; a view matched by several legs is read once per leg", () => {
    const all = run("let V1 = view () { print x=1 }; union withsource=S * | summarize n = count() by S");
    expect(sorted(all.rows)).toEqual(expect.arrayContaining([["AppRequests", 2], ["V1", 1]]));
    expect(run("let V1 = view () { print x=1 }; union V*, V1* | count").rows).toEqual([[2]]);
  });

  it("only views: a parameterless function without `view` and a plain tabular let are matched by no wildcard", () => {
    // The views page: `let T_view = view () { print x=1 }; let T_notview = () { print x=2 }; union T*` resolves T_view only.
    expect(run("let T_view = view () { print x=1 }; let T_notview = () { print x=2 }; union T*").rows).toEqual([[1]]);
    expect(run("let T_view = view () { print x=1 }; let Tlet = print x=3; union withsource=S T*").rows).toEqual([["T_view", 1]]);
    expect(() => run("let T_notview = () { print x=2 }; union T*")).toThrow(KqlSemanticError);
  });

  it("a view with parameters is no view (the views page: a view accepts no arguments): refused by name", () => {
    expect(() => run("let V = view (n:long) { print x=n }; union V*")).toThrow(KqlUnsupportedError);
    expect(() => run("let V = view (n:long) { print x=n }; union V*")).toThrow(/V\*.*neither a table nor a view/);
  });

  it("a view that is itself a wildcard union over views gets their columns", () => {
    const r = run("let A1 = view () { print x=1 }; let B = view () { union withsource=Inner A1* }; union withsource=Outer B*");
    expect(r.columns.map((c) => c.name)).toEqual(["Outer", "Inner", "x"]);
    expect(r.rows).toEqual([["B", "A1", 1]]);
  });

  it("a volatile view is computed once per use, as a let binds a calculation", () => {
    expect(run("let V1 = view () { print x=rand() }; union V*, V* | summarize dcount(x)").rows).toEqual([[2]]);
  });

  it("a view declared inside a function body is not typed into the union's schema: refused, never its columns dropped", () => {
    expect(() => run("let f = () { let V1 = view () { print x=1 }; union V* }; f")).toThrow(/union over view V1/);
  });

  it("a view named like a workspace table is refused by name (which of the two a wildcard reads is not documented)", () => {
    expect(() => run("let AppRequests = view () { print x=1 }; union App*")).toThrow(/matching view AppRequests, also a table's name/);
  });

  it("search in (View*) keeps refusing views by name", () => {
    expect(() => run("let V1 = view () { print x='GET' }; search in (V*) 'GET'")).toThrow(/table wildcard V\* matching view V1/);
  });
});

describe("union kind=inner", () => {
  it("runs where every leg has every column (inner and outer then agree)", () => {
    const r = run("let V1 = view () { print x=1, y='a' }; let V2 = view () { print x=2, y='b' }; union kind=inner withsource=S V*");
    expect(sorted(r.rows)).toEqual([
      ["V1", 1, "a"],
      ["V2", 2, "b"],
    ]);
  });

  it("is refused by name where the legs' columns differ: the analyzer types it as an outer union", () => {
    expect(() => run("let V1 = view () { print x=1, y='a' }; let V2 = view () { print x=2 }; union kind=inner V*")).toThrow(/union kind=inner over legs with different columns/);
    expect(() => run("union kind=inner AppRequests, (print x=1)")).toThrow(KqlUnsupportedError);
  });
});
