import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
// Regions with per-service request counts: eu total 60, us total 45, ap total 12.
const T = `datatable(region:string, svc:string, n:long)[
  "eu", "api", 30, "eu", "web", 20, "eu", "db", 10,
  "us", "api", 5, "us", "web", 25, "us", "db", 15,
  "ap", "api", 12]`;

const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("top-nested", () => {
  it("keeps the top N partitions inside each parent, by the aggregate, highest first", () => {
    const r = run(`${T} | top-nested 2 of region by total=sum(n), top-nested 1 of svc by s=sum(n)`);
    expect(r.columns.map((c) => c.name)).toEqual(["region", "total", "svc", "s"]);
    expect(sorted(r.rows)).toEqual(sorted([["eu", 60, "api", 30], ["us", 45, "web", 25]]));
  });

  it("asc keeps the lowest; without N every partition stays; unnamed aggregates get the analyzer's name", () => {
    const r = run(`${T} | top-nested 1 of region by sum(n) asc, top-nested of svc by max(n)`);
    expect(r.columns.map((c) => c.name)).toEqual(["region", "aggregated_region", "svc", "aggregated_svc"]);
    expect(r.rows).toEqual([["ap", 12, "api", 12]]);
  });

  it("`with others` adds one row aggregating every record outside the top (recomputed, not summed)", () => {
    expect(sorted(run(`${T} | top-nested 1 of region with others="rest" by total=sum(n)`).rows)).toEqual(sorted([["eu", 60], ["rest", 57]]));
    // avg over the 4 left-out records (5, 25, 15, 12), not the average of the per-region averages.
    expect(sorted(run(`${T} | top-nested 1 of region with others="rest" by a=avg(n)`).rows)).toEqual(sorted([["eu", 20], ["rest", 14.25]]));
  });

  it("refuses `with others` where the page does not say what happens: several levels, nothing left out", () => {
    expect(() => run(`${T} | top-nested 1 of region with others="rest" by sum(n), top-nested 1 of svc by sum(n)`)).toThrow(/several levels/);
    expect(() => run(`${T} | top-nested 5 of region with others="rest" by sum(n)`)).toThrow(KqlUnsupportedError);
  });
});
