import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kql-cli-"));
fs.writeFileSync(
  path.join(dir, "AppMetrics.ndjson"),
  ["2026-11-22T09:00:00Z", "2026-11-22T09:30:00Z", "2026-11-22T09:59:00Z"].map((t, i) => JSON.stringify({ TimeGenerated: t, Name: "lag", Sum: i })).join("\n"),
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function kql(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/kql.ts", "--dataset", dir, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run kql", () => {
  it("prints the result table as JSON, honouring --at and --timespan", () => {
    const r = kql("--at", "2026-11-22T10:00:00Z", "--timespan", "PT45M", "--query", "AppMetrics | project Sum, a = ago(1h)");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      columns: [
        { name: "Sum", type: "real" },
        { name: "a", type: "datetime" },
      ],
      rows: [
        [1, "2026-11-22T09:00:00.000Z"],
        [2, "2026-11-22T09:00:00.000Z"],
      ],
    });
    const range = kql("--timespan", "2026-11-22T09:00:00Z/2026-11-22T09:30:00Z", "--query", "AppMetrics | count");
    expect(JSON.parse(range.stdout).rows).toEqual([[1]]);
  }, 60_000);

  // Before: a window past the dataset's end (the default --at, now) answered empty tables in silence.
  it("says on stderr when the window ends past the dataset's newest row, and not when it does not", () => {
    const past = kql("--timespan", "PT1H", "--query", "AppMetrics | count");
    expect([past.code, JSON.parse(past.stdout).rows]).toEqual([0, [[0]]]);
    expect(past.stderr).toMatch(/^kql: the dataset's newest row is at 2026-11-22T09:59:00.000Z, \d+ days before the end of the window .*: past it the tables hold no rows\. To look at the dataset's end, give --at 2026-11-22T09:59:00Z$/m);
    const at = kql("--at", "2026-11-22T10:00:00Z", "--timespan", "PT1H", "--query", "AppMetrics | count");
    expect([at.code, JSON.parse(at.stdout).rows, at.stderr]).toEqual([0, [[3]], ""]);
    const span = kql("--timespan", "2026-11-22T09:00:00Z/2026-11-22T12:00:00Z", "--query", "AppMetrics | count");
    expect(span.stderr).toMatch(/newest row is at 2026-11-22T09:59:00.000Z, 2 h before the end of the window \(2026-11-22T12:00:00.000Z\)/);
  }, 60_000);

  it("takes the query as one argument, as people type it first", () => {
    const r = kql("--at", "2026-11-22T10:00:00Z", "AppMetrics | summarize n = count(), s = sum(Sum)");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).rows).toEqual([[3, 3]]);
    // The same after the options, or before them.
    expect(JSON.parse(kql("AppMetrics | count", "--at", "2026-11-22T10:00:00Z").stdout).rows).toEqual([[3]]);
    const file = path.join(dir, "q.kql");
    fs.writeFileSync(file, "AppMetrics | count");
    for (const [args, message] of [
      [["print 1", "print 2"], /give the query as one argument \(quote it\): got 2 arguments, "print 1" "print 2"\nusage: npm run -s kql/],
      [["AppMetrics", "|", "count"], /got 3 arguments/],
      [["print 1", "--query", "print 2"], /a query argument and --query given: give only one of a query argument, --query or --query-file\nusage:/],
      [["print 1", "--query-file", file], /a query argument and --query-file given: give only one/],
      [["--query", "print 1", "--query-file", file], /--query and --query-file given: give only one/],
      [[], /no query: give one of a query argument, --query or --query-file\nusage:/],
      [[" "], /the query argument is empty: give the KQL text/],
    ] as const) {
      const bad = kql(...args);
      expect([bad.code, bad.stdout], args.join(" ")).toEqual([2, ""]);
      expect(bad.stderr, args.join(" ")).toMatch(message);
    }
    const help = spawnSync(process.execPath, ["--import", "tsx", "scripts/kql.ts", "--help"], { encoding: "utf8" });
    expect(help.stdout).toMatch(/\("KQL" \| --query "KQL" \| --query-file F\)\n  the query: one argument, or --query, or --query-file/);
  }, 120_000);

  it("exits 2 with the error on stderr", () => {
    const bad = kql("--query", "AppMetrics | where Nope == 1");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/Nope/);
    const usage = kql("--timespan", "soon", "--query", "AppMetrics");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--timespan/);
  }, 60_000);
});
