/**
 * A scalar user function whose body runs toscalar() over a subquery reading its parameters, as the Azure Data
 * Explorer cluster workbook's table-presence check does (`let hasNonEmptyTable = (T:string) { toscalar(union
 * isfuzzy=true (table(T) | ... | count as Count), (print Count=0) | summarize sum(Count)) > 0 }`). The toscalar page:
 * it "can't be applied on a scenario that applies the function on each row", so the subquery sees a parameter only
 * when the call gives it a value that is the same for every row; one bound to a column is refused by name.
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const asOf = new Date("2026-01-01T12:00:00Z");
const ws = new Workspace();
ws.append("AppRequests", { TimeGenerated: "2026-01-01T11:00:00Z", Name: "GET /" });
ws.append("AppRequests", { TimeGenerated: "2026-01-01T11:30:00Z", Name: "GET /health" });
const run = (q: string) => runQuery(ws, q, { asOf });

const PRESENT = `let hasNonEmptyTable = (T:string) { toscalar(union isfuzzy=true (table(T) | where TimeGenerated > ago(30d) | take 1 | count as Count), (print Count=0) | summarize sum(Count)) > 0 };`;

describe("toscalar() inside a scalar user function reads the function's row-independent parameters", () => {
  it("the workbook's table-presence check: table(T) of a let-bound name and of a literal", () => {
    const r = run(`${PRESENT} let TableName = 'AppRequests'; print IsPresent = iif(hasNonEmptyTable(TableName), "present", "not present"), direct = hasNonEmptyTable('AppRequests')`);
    expect(r.rows).toEqual([["present", true]]);
  });

  it("computes from the parameter's value, also through a second function", () => {
    expect(run("let f = (n:long) { toscalar(print x = n * 2) }; print f(21)").rows).toEqual([[42]]);
    expect(run("let f = (n:long) { toscalar(print x = n * 2) }; let g = (m:long) { f(m) + 1 }; print g(5), g(7)").rows).toEqual([[11, 15]]);
    expect(run("let f = (T:string) { toscalar(table(T) | count) }; print f('AppRequests')").rows).toEqual([[2]]);
  });

  it("a parameter bound to a column (one value per row) is refused by name, and the caller's lets are intact after the call", () => {
    expect(() => run("let f = (n:long) { toscalar(print x = n * 2) }; range i from 1 to 3 step 1 | extend y = f(i)")).toThrow(KqlUnsupportedError);
    const r = run("let n = 100; let f = (n:long) { toscalar(print x = n * 2) }; print a = f(1), b = n");
    expect(r.rows).toEqual([[2, 100]]);
  });
});
