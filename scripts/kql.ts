/**
 * npm run -s kql -- --dataset DIR [--at ISO] [--timespan PT1H|start/end] (--query "KQL" | --query-file F)
 * Prints {"columns":[...],"rows":[...]} on stdout; errors go to stderr with exit code 2.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { loadDatasetSync } from "../lib/dataset/load";
import { runQuery } from "../lib/engine/run-query";
import { parseTimespan } from "../lib/engine/time";

class UsageError extends Error {}

const USAGE = 'usage: npm run -s kql -- --dataset DIR [--at ISO] [--timespan PT1H|start/end] (--query "KQL" | --query-file F)';

/** ISO-8601 duration (PnDTnHnMnS, PnW) in milliseconds. */
export function isoDurationMs(text: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text);
  if (!m || text.toUpperCase() === "P" || text.toUpperCase().endsWith("T")) return null;
  const [, w, d, h, min, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60_000 + s * 1000;
}

function parseDate(text: string, what: string): Date {
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${what}: not an ISO-8601 datetime: ${text}`);
  return d;
}

function parseWindow(text: string, at: Date): { from: Date; to: Date } {
  if (text.includes("/")) {
    const [a, b] = text.split("/");
    const ms = isoDurationMs(b);
    if (ms !== null) {
      const from = parseDate(a, "--timespan start");
      return { from, to: new Date(from.getTime() + ms) };
    }
    const ms2 = isoDurationMs(a);
    if (ms2 !== null) {
      const to = parseDate(b, "--timespan end");
      return { from: new Date(to.getTime() - ms2), to };
    }
    return { from: parseDate(a, "--timespan start"), to: parseDate(b, "--timespan end") };
  }
  const ms = isoDurationMs(text) ?? parseTimespan(text);
  if (ms === null) throw new UsageError(`--timespan: expected an ISO-8601 duration like PT1H or start/end, got ${text}`);
  return { from: new Date(at.getTime() - ms), to: at };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dataset: { type: "string" },
      at: { type: "string" },
      timespan: { type: "string" },
      query: { type: "string" },
      "query-file": { type: "string" },
    },
    strict: true,
  });
  if (!values.dataset) throw new UsageError(`--dataset is required\n${USAGE}`);
  if (!values.query === !values["query-file"]) throw new UsageError(`give exactly one of --query or --query-file\n${USAGE}`);
  const kql = values.query ?? fs.readFileSync(values["query-file"] ?? "", "utf8");
  const at = values.at ? parseDate(values.at, "--at") : new Date();
  const timespan = values.timespan ? parseWindow(values.timespan, at) : undefined;
  const workspace = loadDatasetSync(values.dataset);
  const table = runQuery(workspace, kql, { timespan, asOf: at });
  process.stdout.write(`${JSON.stringify(table)}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`kql: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
