/**
 * npm run -s kql -- [--dataset DIR | --config FILE] [--at ISO] [--timespan PT1H|start/end] [--no-cache] ("KQL" | --query "KQL" | --query-file F)
 * Prints {"columns":[...],"rows":[...]} on stdout; errors and progress go to stderr (exit code 2 for errors).
 * Without --dataset it queries the embedded workspace the dashboard shows for the configuration; the
 * demo is resumed from its cache when one fits (lib/wiring/demo-cache.ts), built otherwise.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { afterTheDataNote } from "../lib/dataset/after-the-data";
import { loadDatasetSync } from "../lib/dataset/load";
import type { Workspace } from "../lib/dataset/workspace";
import { queryTableJson } from "../lib/engine/exact-long";
import { runQuery } from "../lib/engine/run-query";
import { readEnv } from "../lib/env";
import { parseAsOf } from "../lib/params/as-of";
import { parseCliArgs } from "../lib/params/cli-args";
import { parseTimespanWindow } from "../lib/params/timespan";
import { DEFAULT_CACHE_DIR, demoWorkspace } from "../lib/wiring/demo-cache";
import { demoDataStart, embeddedWorkspace, sourceNow } from "../lib/wiring/source";

class UsageError extends Error {}

const USAGE = `usage: npm run -s kql -- [--dataset DIR | --config FILE] [--at ISO] [--timespan PT1H|start/end] [--no-cache] ("KQL" | --query "KQL" | --query-file F)
  the query: one argument, or --query, or --query-file (one of the three)
  without --dataset: the embedded workspace the dashboard shows for --config (default $DASHBOARD_CONFIG or config/demo.json)
  --at     the moment now()/ago() and a duration --timespan end at (default: now), as the dashboard's ?at=
  --no-cache  build the demo anew (anchored now) instead of resuming the one cached in ${path.relative(process.cwd(), DEFAULT_CACHE_DIR) || "."}`;

/** An unknown or misspelt option is refused by parseArgs; say it with the usage. */
function usageOnRefusal<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
}

/** The query from exactly one of: a positional argument, --query, --query-file. */
function queryText(option: string | undefined, file: string | undefined, positionals: string[]): string {
  if (positionals.length > 1) {
    throw new UsageError(`give the query as one argument (quote it): got ${positionals.length} arguments, ${positionals.map((p) => JSON.stringify(p)).join(" ")}\n${USAGE}`);
  }
  const given = [positionals.length === 1 && "a query argument", option !== undefined && "--query", file !== undefined && "--query-file"].filter(Boolean);
  if (given.length !== 1) throw new UsageError(`${given.length === 0 ? "no query: give" : `${given.join(" and ")} given: give only`} one of a query argument, --query or --query-file\n${USAGE}`);
  const text = positionals[0] ?? option;
  if (text?.trim() === "") throw new UsageError(`${option !== undefined ? "--query" : "the query argument"} is empty: give the KQL text, e.g. npm run -s kql -- 'AppMetrics | take 5'`);
  return text ?? fs.readFileSync(file ?? "", "utf8");
}

function main(): void {
  const { values, positionals } = usageOnRefusal(() =>
    parseCliArgs({
      dataset: { type: "string" },
      config: { type: "string" },
      at: { type: "string" },
      timespan: { type: "string" },
      query: { type: "string" },
      "query-file": { type: "string" },
      "no-cache": { type: "boolean" },
      help: { type: "boolean" },
    }, undefined, true),
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Every argument is checked before the (seconds-long) workspace build.
  if (values.dataset && values.config) throw new UsageError(`give --dataset or --config, not both\n${USAGE}`);
  const kql = queryText(values.query, values["query-file"], positionals);
  const now = sourceNow();
  const asOf = parseAsOf(values.at, now, "--at");
  if (!asOf.ok) throw new UsageError(`${asOf.error.parameter}: ${asOf.error.message}; allowed: ${asOf.error.allowed}`);
  const at = asOf.value ?? now;
  let timespan: { from: Date; to: Date } | undefined;
  try {
    timespan = values.timespan ? parseTimespanWindow(values.timespan, at) : undefined;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let workspace;
  if (values.dataset) {
    workspace = loadDatasetSync(values.dataset);
    const note = afterTheDataNote({ tool: "kql", latest: workspace.latestTime(), end: timespan?.to ?? at, reads: "the tables hold no rows" });
    if (note) process.stderr.write(`${note}\n`);
  } else {
    const file = values.config ?? readEnv().DASHBOARD_CONFIG;
    const config = loadConfigFile(file);
    // The demo's first data is known before its build (seconds): refuse an --at before it first.
    const demoFrom = demoDataStart(config, now);
    if (demoFrom && at < demoFrom) throw new UsageError(`--at: ${at.toISOString()} is before the data; allowed: a moment at or after ${demoFrom.toISOString()} (the first data of the ${config.embedded.days}-day demo)`);
    const say = (line: string) => process.stderr.write(`kql: ${line}\n`);
    let embedded: { workspace: Workspace; from: Date | null; what: string };
    if (config.embedded.dataset) {
      say(`no --dataset: querying the embedded workspace the dashboard shows for ${file}, as of ${at.toISOString()}`);
      embedded = embeddedWorkspace(config);
    } else {
      // The cache's line comes first: whether this answer was resumed or built, and anchored when.
      const demo = demoWorkspace(config, { dir: values["no-cache"] ? null : DEFAULT_CACHE_DIR, now, exactAnchor: Boolean(readEnv().DASHBOARD_AS_OF), say });
      say(`no --dataset: querying the embedded workspace the dashboard shows for ${file}, as of ${at.toISOString()}`);
      embedded = { workspace: demo.workspace, from: demo.from, what: `${config.embedded.days}-day demo (seed ${config.embedded.seed})` };
    }
    if (embedded.from && at < embedded.from) {
      throw new UsageError(`--at: ${at.toISOString()} is before the data; allowed: a moment at or after ${embedded.from.toISOString()} (the first data of the ${embedded.what})`);
    }
    workspace = embedded.workspace;
  }
  const table = runQuery(workspace, kql, { timespan, asOf: at });
  process.stdout.write(`${queryTableJson(table)}\n`);
}

try {
  main();
  // The live demo may hold timers: exit once the document has drained.
  process.stdout.write("", () => process.exit(0));
} catch (e) {
  process.stderr.write(`kql: ${e instanceof ConfigError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
