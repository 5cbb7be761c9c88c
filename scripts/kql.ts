/**
 * npm run -s kql -- [--dataset DIR | --config FILE] [--at ISO] [--timespan PT1H|start/end] (--query "KQL" | --query-file F)
 * Prints {"columns":[...],"rows":[...]} on stdout; errors and progress go to stderr (exit code 2 for errors).
 * Without --dataset it queries the embedded workspace the dashboard shows for the configuration.
 */
import fs from "node:fs";
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { afterTheDataNote } from "../lib/dataset/after-the-data";
import { loadDatasetSync } from "../lib/dataset/load";
import { queryTableJson } from "../lib/engine/exact-long";
import { runQuery } from "../lib/engine/run-query";
import { readEnv } from "../lib/env";
import { parseAsOf } from "../lib/params/as-of";
import { parseCliArgs } from "../lib/params/cli-args";
import { parseTimespanWindow } from "../lib/params/timespan";
import { demoDataStart, embeddedWorkspace, sourceNow } from "../lib/wiring/source";

class UsageError extends Error {}

const USAGE = `usage: npm run -s kql -- [--dataset DIR | --config FILE] [--at ISO] [--timespan PT1H|start/end] (--query "KQL" | --query-file F)
  without --dataset: the embedded workspace the dashboard shows for --config (default $DASHBOARD_CONFIG or config/demo.json)
  --at     the moment now()/ago() and a duration --timespan end at (default: now), as the dashboard's ?at=`;

/** An unknown or misspelt option is refused by parseArgs; say it with the usage. */
function usageOnRefusal<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
}

function main(): void {
  const { values } = usageOnRefusal(() =>
    parseCliArgs({
      dataset: { type: "string" },
      config: { type: "string" },
      at: { type: "string" },
      timespan: { type: "string" },
      query: { type: "string" },
      "query-file": { type: "string" },
      help: { type: "boolean" },
    }),
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Every argument is checked before the (seconds-long) workspace build.
  if (values.dataset && values.config) throw new UsageError(`give --dataset or --config, not both\n${USAGE}`);
  if ((values.query === undefined) === (values["query-file"] === undefined)) throw new UsageError(`give exactly one of --query or --query-file\n${USAGE}`);
  if (values.query?.trim() === "") throw new UsageError("--query is empty: give the KQL text, e.g. --query 'AppMetrics | take 5'");
  const kql = values.query ?? fs.readFileSync(values["query-file"] ?? "", "utf8");
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
    process.stderr.write(`kql: no --dataset: querying the embedded workspace the dashboard shows for ${file}, as of ${at.toISOString()}\n`);
    const embedded = embeddedWorkspace(config);
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
