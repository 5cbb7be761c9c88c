/**
 * The Kusto reference's self-contained examples that print no Output table the conformance suite can
 * read (doc-examples/runs.json, from extract-runs.ts): each must run, or be refused naming every
 * construct it does not implement (KqlUnsupportedError), or need a cluster's table by name — never
 * crash, never fail to parse valid KQL. Where the page states the output in another form
 * (runs-stated.ts, or a listed line's `cell`), the result is compared with it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlSemanticError, KqlUnsupportedError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import type { QueryTable } from "@/lib/workspace/types";
import { compareTable } from "./doc-examples/compare";
import { STATED } from "./doc-examples/runs-stated";

interface RunBlock {
  id: string;
  page: string;
  query: string;
  after: string;
  cell?: string;
}

/** Examples that run today (the rest are refused by name or need a cluster's table); fewer is a regression. */
const MIN_RUNS = 82;

const { source, blocks } = JSON.parse(fs.readFileSync(path.join(__dirname, "doc-examples", "runs.json"), "utf8")) as { source: string; blocks: RunBlock[] };

function run(query: string): QueryTable {
  return runQuery(new Workspace(), query, { asOf: new Date("2024-06-01T00:00:00Z") });
}

type Outcome = { kind: "runs"; table: QueryTable } | { kind: "refused"; error: KqlUnsupportedError } | { kind: "needsTable"; error: KqlSemanticError } | { kind: "error"; error: Error };

function outcome(query: string): Outcome {
  try {
    return { kind: "runs", table: run(query) };
  } catch (e) {
    if (e instanceof KqlUnsupportedError && e.constructs.length > 0) return { kind: "refused", error: e };
    // A cluster's table named in a string (table('StormEvents')) is met only when the query runs.
    if (e instanceof KqlSemanticError && e.missingTable) return { kind: "needsTable", error: e };
    return { kind: "error", error: e as Error };
  }
}

describe(`the reference's self-contained examples without an Output table (${source})`, () => {
  const counts = { runs: 0, refused: 0, needsTable: 0, failsAsDocumented: 0 };

  for (const b of blocks) {
    const stated = STATED[b.id];
    it(`${b.id}: runs${stated || b.cell ? " with the stated output" : ""}, or is refused by name`, () => {
      const got = outcome(b.query);
      if (stated?.fails) {
        expect(got.kind, `${b.id} fails as its page says: ${stated.says}`).not.toBe("runs");
        if (got.kind === "runs") return;
        if (!(stated.orRefused && got.kind === "refused")) expect(got.error.message).toMatch(stated.fails);
        counts.failsAsDocumented++;
        return;
      }
      if (got.kind === "error") throw got.error; // a crash, a parse error of valid KQL: never acceptable
      if (got.kind !== "runs") {
        expect(stated, `${b.id} has a stated output, so it must run`).toBeUndefined();
        expect(b.cell, `${b.id} has a stated cell, so it must run`).toBeUndefined();
        counts[got.kind]++;
        return;
      }
      counts.runs++;
      const table = got.table;
      const names = table.columns.map((c) => c.name);
      if (b.cell !== undefined) expect(compareTable({ query: b.query, columns: names, rows: [[b.cell]] }, table)).toEqual({ ok: true });
      if (!stated) return;
      if (stated.rowCount !== undefined) expect(table.rows.length).toBe(stated.rowCount);
      if (stated.columns) expect(names).toEqual(stated.columns);
      for (const [column, cell] of Object.entries(stated.cells ?? {})) {
        const k = names.indexOf(column);
        expect(k, `column ${column}`).toBeGreaterThanOrEqual(0);
        const only = { columns: [table.columns[k]], rows: table.rows.map((r) => [r[k]]) };
        expect(compareTable({ query: b.query, columns: [column], rows: table.rows.map(() => [cell]) }, only)).toEqual({ ok: true });
      }
      if (stated.pageRows) expect(compareTable({ query: b.query, columns: names, rows: stated.pageRows }, table).ok, "the page's rows are indeed not the query's").toBe(false);
      if (stated.rows) expect(compareTable({ query: b.query, columns: names, rows: stated.rows }, table)).toEqual({ ok: true });
    });
  }

  it(`at least ${MIN_RUNS} of them run, and every one is accounted for`, () => {
    expect(counts.runs + counts.refused + counts.needsTable + counts.failsAsDocumented).toBe(blocks.length);
    expect(counts.runs).toBeGreaterThanOrEqual(MIN_RUNS);
  });

  it("every stated output belongs to an extracted example", () => {
    const ids = new Set(blocks.map((b) => b.id));
    expect(Object.keys(STATED).filter((id) => !ids.has(id))).toEqual([]);
  });
});
