import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatasetError, loadDatasetSync } from "@/lib/dataset/load";
import { runQuery } from "@/lib/engine";

const dirs: string[] = [];

function dataset(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dataset-test-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const metric = (t: string, name: string, sum: number) => JSON.stringify({ TimeGenerated: t, Name: name, Sum: sum, Properties: { region: "uksouth" } });

describe("loadDataset", () => {
  it("loads contract tables and schema.json tables", () => {
    const dir = dataset({
      "AppMetrics.ndjson": `${metric("2026-11-22T10:00:00Z", "a", 1)}\n${metric("2026-11-22T10:01:00.500Z", "b", 2)}\n`,
      "Custom.ndjson": '{"When":"2026-11-22T10:00:00Z","N":3,"Tags":["x"],"Took":"00:00:01.5"}\n',
      "schema.json": JSON.stringify({ Custom: [{ name: "When", type: "datetime" }, { name: "N", type: "long" }, { name: "Tags", type: "dynamic" }, { name: "Took", type: "timespan" }] }),
    });
    const ws = loadDatasetSync(dir);
    expect(ws.rowCount("AppMetrics")).toBe(2);
    expect(runQuery(ws, "AppMetrics | project TimeGenerated, Name, r = tostring(Properties.region)").rows).toEqual([
      ["2026-11-22T10:00:00.000Z", "a", "uksouth"],
      ["2026-11-22T10:01:00.500Z", "b", "uksouth"],
    ]);
    expect(runQuery(ws, "Custom | extend s = Took / 1s").rows).toEqual([["2026-11-22T10:00:00.000Z", 3, ["x"], "00:00:01.5000000", 1.5]]);
  });

  it.each([
    ["bad JSON", { "AppMetrics.ndjson": `${metric("2026-11-22T10:00:00Z", "a", 1)}\n{"TimeGenerated": \n` }, /AppMetrics\.ndjson:2: bad JSON/],
    ["an unknown column", { "AppMetrics.ndjson": '{"TimeGenerated":"2026-11-22T10:00:00Z","Nope":1}\n' }, /AppMetrics\.ndjson:1: unknown column Nope in table AppMetrics$/],
    ["a misspelt column", { "AppMetrics.ndjson": '{"TimeGenerated":"2026-11-22T10:00:00Z","Nmae":"x"}\n' }, /AppMetrics\.ndjson:1: unknown column Nmae in table AppMetrics \(did you mean Name\?\)$/],
    ["a value of the wrong type", { "AppMetrics.ndjson": `\n${metric("2026-11-22T10:00:00Z", "a", 1)}\n{"Sum":"12"}\n` }, /AppMetrics\.ndjson:3: .*column Sum: expected real, got "12"/],
    ["a bad datetime", { "AppMetrics.ndjson": '{"TimeGenerated":"yesterday"}\n' }, /AppMetrics\.ndjson:1: .*TimeGenerated: expected datetime/],
    ["an unknown table without schema", { "Mystery.ndjson": "{}\n" }, /Mystery\.ndjson: unknown table Mystery/],
    ["schema.json that is not JSON", { "schema.json": '{\n  "X": [\n    {"name": "a", "type": "long"},\n  ]\n}' }, /schema\.json: not valid JSON at line 4, column 3/],
    ["a bad schema.json type", { "schema.json": '{"X":[{"name":"a","type":"float"}]}' }, /schema\.json: X\[0\]\.type must be one of/],
  ])("fails loudly with file and line on %s", (_what, files, pattern) => {
    const dir = dataset(files);
    expect(() => loadDatasetSync(dir)).toThrow(DatasetError);
    expect(() => loadDatasetSync(dir)).toThrow(pattern);
  });

  it("reads files saved as UTF-8 with a byte-order mark (Windows editors, PowerShell) as the same rows", () => {
    const dir = dataset({
      "AppMetrics.ndjson": `\uFEFF${metric("2026-11-22T10:00:00Z", "a", 1)}\n`,
      "Custom.ndjson": '\uFEFF{"N":3}\n',
      "schema.json": `\uFEFF${JSON.stringify({ Custom: [{ name: "N", type: "long" }] })}`,
    });
    const ws = loadDatasetSync(dir);
    expect(runQuery(ws, "AppMetrics | project Name, Sum").rows).toEqual([["a", 1]]);
    expect(runQuery(ws, "Custom").rows).toEqual([[3]]);
  });

  it("fails on a folder without tables, which would load as a workspace where every signal has no data", () => {
    const dir = dataset({ "notes.txt": "not a table" });
    expect(() => loadDatasetSync(dir)).toThrow(/: no <Table>\.ndjson files: a dataset folder holds one per table/);
  });

  it("fails on a missing folder", () => {
    expect(() => loadDatasetSync(path.join(os.tmpdir(), "no-such-dataset-dir"))).toThrow(/dataset folder not found/);
  });
});
