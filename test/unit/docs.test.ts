import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

const pages = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

describe("README and docs/", () => {
  it("keeps the README short: the two commands and a tour on top, reference in docs/", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme.length).toBeLessThan(8_000);
    expect(readme.indexOf("npm install && npm start")).toBeLessThan(readme.indexOf("## A short tour"));
    expect(readme).toContain("npm install && npm test");
    // npm test's apt-get installs are said up front.
    expect(readme).toMatch(/poppler-utils/);
    expect(readme).toMatch(/chromium/);
  });

  it("names every Debian package and test layer npm test has (scripts/test-all.mjs)", () => {
    const readme = readFileSync("README.md", "utf8");
    const runner = readFileSync("scripts/test-all.mjs", "utf8");
    const packages = [...runner.matchAll(/ensureDebianPackage\("([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(packages.length).toBeGreaterThanOrEqual(3);
    for (const pkg of packages) expect(readme).toContain(`\`${pkg}\``);
    const layers = JSON.parse(/const LAYERS = (\[[^\]]*\])/.exec(runner)?.[1] ?? "[]") as string[];
    const listed = /runs only\s+the named layers \(([^;)]*)/.exec(readme)?.[1] ?? "";
    expect([...listed.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1])).toEqual(layers);
  });

  it("quotes the conformance counts the engine tests hold as floors", () => {
    const floor = (file: string, name: string) => Number(new RegExp(`const ${name} = (\\d+);`).exec(readFileSync(file, "utf8"))?.[1]);
    const passing = floor("test/unit/engine/doc-examples.test.ts", "MIN_PASSING");
    const running = floor("test/unit/engine/published-queries.test.ts", "MIN_RUNNING");
    expect(passing).toBeGreaterThan(600);
    expect(running).toBeGreaterThan(400);
    for (const page of ["README.md", "docs/api-and-cli.md"]) {
      const text = readFileSync(page, "utf8");
      expect(text, page).toMatch(new RegExp(`\\*\\*${passing}(\\*\\*| give)`));
      expect(text, page).toMatch(new RegExp(`\\*\\*${running} of \\d+`));
    }
    // The earlier docs' examples (cases-history.json): "**passing of total**" on both pages.
    const history = floor("test/unit/engine/doc-examples.test.ts", "MIN_PASSING_HISTORY");
    const total = (JSON.parse(readFileSync("test/unit/engine/doc-examples/cases-history.json", "utf8")) as { cases: unknown[] }).cases.length;
    expect(history).toBeGreaterThan(100);
    for (const page of ["README.md", "docs/api-and-cli.md"]) expect(readFileSync(page, "utf8"), page).toMatch(new RegExp(`\\*\\*${history} of ${total}`));
    // The examples without an Output table (doc-examples-runs.test.ts): quoted on the API page only.
    const runs = floor("test/unit/engine/doc-examples-runs.test.ts", "MIN_RUNS");
    expect(runs).toBeGreaterThan(50);
    expect(readFileSync("docs/api-and-cli.md", "utf8")).toMatch(new RegExp(`\\*\\*${runs} of \\d+ run\\*\\*`));
  });

  it.each(pages)("%s: every relative link and anchor resolves", (page) => {
    const text = readFileSync(page, "utf8");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file, hash] = target.split("#");
      const resolved = file ? path.join(path.dirname(page), file) : page;
      expect(existsSync(resolved), `${page} → ${target}`).toBe(true);
      if (hash) {
        const headings = [...readFileSync(resolved, "utf8").matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]));
        expect(headings, `${page} → ${target}`).toContain(hash);
      }
    }
  });

  it("the telemetry contract page names the application tables and metric names the code queries", () => {
    const contract = readFileSync("docs/telemetry-contract.md", "utf8");
    const rows = contract.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| what") && !l.startsWith("|---"));
    expect(rows).toHaveLength(4);
    for (const table of ["AppMetrics", "AppDependencies", "AppEvents"]) {
      expect(Object.keys(TABLE_SCHEMAS)).toContain(table);
      expect(contract).toContain(`\`${table}\``);
    }
    for (const name of ["replication_lag_ms", "conflict_feed_depth", "failover_drill"]) expect(contract).toContain(`\`${name}\``);
  });
});
