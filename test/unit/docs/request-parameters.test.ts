/**
 * docs/security.md "Request parameters" against lib/security/route-params.ts, which proxy.ts
 * enforces: each route takes exactly the parameters the table says, and every parameter the
 * dashboard reads is described.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_WIDTH_PX, MAX_WIDTH_PX, MIN_WIDTH_PX } from "@/lib/charts/bins";
import { EARLIEST_TIME, INCIDENT_ID_ALLOWED, MAX_CUSTOM_SPAN_DAYS, MAX_LIMIT, PRESET_MS, REFRESH_BOUNDS, ROTATION_BOUNDS, ROWS_DEFAULT_LIMIT } from "@/lib/params";
import { DASHBOARD_PARAMETERS, routeParameters } from "@/lib/security/route-params";
import { RELOAD_DEFAULT_HOURS, RELOAD_MAX_HOURS, RELOAD_MIN_HOURS_AZURE, RELOAD_MIN_HOURS_EMBEDDED } from "@/lib/wall/params";
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

  it("states the bounds and defaults the parsers apply", () => {
    const rows = new Map(tableAfter(page, "| parameter | allowed |").map(([name, allowed]) => [name, allowed]));
    const row = (start: string) => [...rows].find(([name]) => name.startsWith(start))?.[1] ?? "";
    const secondsText = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 && s >= 60 ? `${s / 60} min` : `${s} s`);
    expect(code(row("`range`")).filter((c) => /^\d+[mhd]$/.test(c))).toEqual(Object.keys(PRESET_MS));
    expect(row("`from`, `to`")).toContain(`to ${MAX_CUSTOM_SPAN_DAYS} days apart`);
    expect(row("`at`")).toContain(`from ${EARLIEST_TIME.toISOString().slice(0, 10)}`);
    expect(row("incident `id`").replace(/`/g, "").replace("–", " to ")).toContain(INCIDENT_ID_ALLOWED);
    expect(row("`limit`")).toContain(`\`limit\` 1–${MAX_LIMIT} (default ${ROWS_DEFAULT_LIMIT})`);
    expect(row("`w`")).toContain(`from ${MIN_WIDTH_PX} to ${MAX_WIDTH_PX} (default ${DEFAULT_WIDTH_PX})`);
    for (const [name, b] of [["`refresh`", REFRESH_BOUNDS], ["`rotate`", ROTATION_BOUNDS]] as const) {
      expect(row(name), name).toContain(`${secondsText(b.minSeconds)} to ${secondsText(b.maxSeconds)}`);
    }
    expect(row("`refresh`")).toContain(`(default ${secondsText(REFRESH_BOUNDS.defaultSeconds)})`);
    expect(row("`rotate`")).toContain(`(given empty: ${secondsText(ROTATION_BOUNDS.defaultSeconds)})`);
    expect(row("`reloadHours`")).toContain(`${RELOAD_MIN_HOURS_AZURE} to ${RELOAD_MAX_HOURS} (embedded workspace: from ${RELOAD_MIN_HOURS_EMBEDDED})`);
    expect(row("`reloadHours`")).toContain(`default ${RELOAD_DEFAULT_HOURS}`);
  });

  it("every parameter the dashboard reads has a row saying what it accepts", () => {
    const described = new Set(tableAfter(page, "| parameter | allowed |").flatMap(([cell]) => code(cell).map((c) => c.replace(/^\/alerts\?|=$/g, ""))));
    expect([...DASHBOARD_PARAMETERS].filter((p) => !described.has(p))).toEqual([]);
  });
});
