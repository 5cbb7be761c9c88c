// npm run -s snapshot -- [--config FILE] [--dataset DIR] [--at ISO] [--range 1h | --from ISO --to ISO] [--region ID] [--compact]
// Prints the snapshot JSON (SIGNALS.md section 4) for a configuration, against a recorded dataset
// folder, the embedded demo, or the live workspace when the configuration names one.
import { ConfigError, loadConfigFile } from "../lib/config/load";
import { DatasetError, loadDataset } from "../lib/dataset";
import { afterTheDataNote } from "../lib/dataset/after-the-data";
import { readEnv } from "../lib/env";
import { parseCliArgs } from "../lib/params/cli-args";
import { badRequestBody } from "../lib/params/result";
import { parseViewQuery } from "../lib/params/search-params";
import { answerSnapshot } from "../lib/catalog/serve-snapshot";
import type { LogsSource } from "../lib/workspace/types";
import { EmbeddedSource } from "../lib/engine/embedded-source";
import type { Snapshot } from "../lib/snapshot/types";
import { dataStart, demoDataStart, getSource, recordedUntil, sourceNow } from "../lib/wiring/source";

const USAGE =
  "usage: npm run -s snapshot -- [--config FILE] [--dataset DIR] [--at ISO] [--range 15m|1h|6h|24h|7d|30d | --from ISO --to ISO] [--region ID] [--compact]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseCliArgs({
      config: { type: "string" },
      dataset: { type: "string" },
      at: { type: "string" },
      range: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      region: { type: "string" },
      compact: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const file = args.config ?? readEnv().DASHBOARD_CONFIG;
  const config = loadConfigFile(file);
  const now = sourceNow();
  const raw: Record<string, string | undefined> = { at: args.at, range: args.range, from: args.from, to: args.to, region: args.region };
  const params = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, string>;
  // Refuse bad arguments before the (seconds-long) workspace build; answerSnapshot checks them again.
  // The demo's first data is known without building it: an --at before it is refused now, not after the build.
  const view = parseViewQuery(params, { config, now, dataStart: args.dataset ? undefined : demoDataStart(config, now) });
  if (!view.ok) {
    console.error(JSON.stringify(badRequestBody(view.error), null, 2));
    return 2;
  }
  let source: LogsSource;
  let start: Date | null;
  let latest: () => Date | null;
  if (args.dataset) {
    const workspace = await loadDataset(args.dataset);
    source = new EmbeddedSource(workspace);
    start = workspace.earliestTime();
    latest = () => workspace.latestTime();
  } else {
    source = getSource(config);
    start = dataStart(config, now);
    latest = () => recordedUntil(config);
  }
  const answer = await answerSnapshot(params, {
    config,
    now,
    dataStart: start,
    // As the server passes it: past a recording's end the JSON carries its `recording` note too.
    recordedUntil: latest,
    source: () => source,
    log: (message, err) => console.error(`${message}:`, err),
  });
  if (answer.status !== 200) {
    console.error(JSON.stringify(answer.body, null, 2));
    return answer.status === 400 ? 2 : 1;
  }
  // Said after the build, from the snapshot's own end: a live window is snapped back to the refresh
  // bin's start (serve-snapshot.ts snapLiveRange), so the clock's now (08:57:29.960) named a moment
  // the JSON's asOf (08:57:20) did not hold.
  const snapshot = answer.body as Snapshot;
  const note = afterTheDataNote({ tool: "snapshot", latest: latest(), end: new Date(snapshot.asOf), endName: "the snapshot's asOf", reads: "every signal reads NO DATA" });
  if (note) console.error(note);
  process.stdout.write(`${JSON.stringify(snapshot, null, args.compact ? 0 : 2)}\n`);
  return 0;
}

// Exit once stdout has drained: the embedded demo may hold timers, and a large JSON must not be cut.
main().then(
  (code) => process.stdout.write("", () => process.exit(code)),
  (err) => {
    console.error(err instanceof ConfigError ? err.message : err instanceof Error ? err.message : err);
    // A configuration file or --dataset folder that is missing or wrong is a bad argument (exit 2, as
    // kql, doctor, alerts); the dataset's message names the file and line.
    process.exit(err instanceof ConfigError || err instanceof DatasetError ? 2 : 1);
  },
);
