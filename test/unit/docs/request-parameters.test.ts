/**
 * docs/security.md "Request parameters" against lib/security/route-params.ts, which proxy.ts
 * enforces: each route takes exactly the parameters the table says, and every parameter the
 * dashboard reads is described.
 */
import { describe, expect, it } from "vitest";
import { DASHBOARD_PARAMETERS, routeParameters } from "@/lib/security/route-params";
import { docText, tableAfter } from "./docs-text";

const page = docText("docs/security.md");
const code = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
/** `/signals/<name>` → a real path; `/api/review/*.csv` → each CSV route. */
const concrete = (route: string): string[] =>
  route.endsWith("*.csv")
    ? ["history.csv", "incidents.csv"].map((f) => route.replace("*.csv", f))
    : [route.replace("<name>", "replication").replace("<id>", "uksouth-2026-11-19T17:46:00Z")];

describe("docs/security.md request parameters", () => {
  const routes = tableAfter(page, "| route | parameters |");

  it("each route takes exactly the parameters its row names", () => {
    expect(routes.length).toBeGreaterThanOrEqual(9);
    let previous: string[] = [];
    for (const [routeCell, paramCell] of routes) {
      // "those and `w`" extends the row above; "`ttl` and the wall's" the /wall row; "none" is none.
      const named = paramCell === "none" ? [] : code(paramCell);
      const params = paramCell.startsWith("those and")
        ? [...new Set([...previous, ...named])]
        : paramCell.includes("the wall's")
          ? [...named, ...(routeParameters("/wall") ?? [])]
          : named;
      for (const route of code(routeCell).flatMap(concrete)) expect([...(routeParameters(route) ?? ["(not judged)"])].sort(), route).toEqual([...params].sort());
      previous = params;
    }
  });

  it("every parameter the dashboard reads has a row saying what it accepts", () => {
    const described = new Set(tableAfter(page, "| parameter | allowed |").flatMap(([cell]) => code(cell).map((c) => c.replace(/^\/alerts\?|=$/g, ""))));
    expect([...DASHBOARD_PARAMETERS].filter((p) => !described.has(p))).toEqual([]);
  });
});
