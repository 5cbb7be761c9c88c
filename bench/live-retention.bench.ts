/**
 * The live demo's steady state: rows held per table after the 30-day demo has moved on with the
 * clock for a simulated day, compacted hourly (retention + thinning of aged dense rows). Each mode
 * runs in its own child process (peak RSS is its own). Baselines in the same run: the same demo
 * with no thinning, with only the access-log thinning (what the demo did before background writes
 * were thinned too), and the sparse plan alone (denseLive: false, what a fully thinned month holds).
 *
 * Steady state: rows dense-written then aged span [start − 6 h, end − 7 h); the thinnable hours are
 * those the aged plan samples sparsely (not a scenario's margin). "all" holds the sparse plan there
 * (the unit tests check it bin by bin), so a mode's extra per thinnable hour is (mode − all) / those
 * hours, and after `days` of running (every aged hour thinnable: the start-up month's scenarios
 * have been dropped) a mode holds about all + extra × (24 · days − 7). An estimate: it keeps the
 * start-up month's scenario margins and weekday mix in the "all" term.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadConfigFile } from "../lib/config/load";
import type { RowSink } from "../lib/dataset/sink";
import { Workspace } from "../lib/dataset/workspace";
import { demoPlacements } from "../lib/simulator/demo";
import { Density } from "../lib/simulator/density";
import { createLiveDemo } from "../lib/simulator/live";
import { resolveScenarios } from "../lib/simulator/scenarios";

const START = new Date("2026-11-22T12:00:00Z");
const HOURS = 24;
const MODES = ["sparse", "none", "access-only", "all"] as const;
type Mode = (typeof MODES)[number];

interface ChildResult {
  mode: Mode;
  fresh: Record<string, number>;
  held: Record<string, number>;
  wallMs: number;
  maxRssMB: number;
}

function held(ws: Workspace): Record<string, number> {
  return Object.fromEntries(ws.tableNames().map((t) => [t, ws.rowCount(t)]));
}

function child(mode: Mode): void {
  const config = loadConfigFile("config/demo.json");
  const ws = new Workspace();
  // access-only: the workspace's retain for the access log alone, as before this change.
  const sink: RowSink =
    mode === "access-only"
      ? { append: (t, r) => ws.append(t, r), appendTimed: (t, r, ms) => ws.appendTimed(t, r, ms), retain: (t, w, d) => (t === "AzureDiagnostics" ? ws.retain(t, w, d) : 0) }
      : ws;
  let now = START;
  const t0 = performance.now();
  const demo = createLiveDemo({
    config,
    seed: config.embedded.seed,
    days: config.embedded.days,
    now: () => now,
    sink,
    thinAged: mode !== "none",
    denseLive: mode !== "sparse",
    compact: (cutoff) => ws.dropBefore(cutoff),
  });
  demo.advanceTo(START);
  const fresh = held(ws);
  for (let h = 1; h <= HOURS; h++) {
    now = new Date(START.getTime() + h * 3600_000);
    demo.advanceTo(now);
  }
  const result: ChildResult = { mode, fresh, held: held(ws), wallMs: Math.round(performance.now() - t0), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(JSON.stringify(result));
}

const fmt = (n: number) => Math.round(n).toLocaleString("en");
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const results: ChildResult[] = MODES.map((mode) =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, "--max-old-space-size=2048", self, "--child", mode], { encoding: "utf8", maxBuffer: 1 << 20 })),
  );
  const config = loadConfigFile("config/demo.json");
  const days = config.embedded.days;
  const all = results[results.length - 1];
  const none = results[1];
  const tables = Object.keys(none.held).sort();
  const aged = new Density(resolveScenarios(config, demoPlacements(config, START, config.embedded.seed), config.embedded.seed), Number.POSITIVE_INFINITY);
  let thinnableBins = 0;
  for (let t = START.getTime() / 1000 - 6 * 3600; t < START.getTime() / 1000 + (HOURS - 7) * 3600; t += 10) if (!aged.isDense(t)) thinnableBins++;
  const thinnableHours = thinnableBins / 360;
  const steady = (r: ChildResult, t: string) => (all.held[t] ?? 0) + (((r.held[t] ?? 0) - (all.held[t] ?? 0)) * (24 * days - 7)) / thinnableHours;
  console.log(`${days}-day demo (fresh: ${fmt(sum(none.fresh))} rows) advanced ${HOURS} h hourly (${thinnableHours.toFixed(1)} thinnable aged hours): rows held, then estimated after ${days} days of running`);
  console.log(["mode".padEnd(12), ...tables.map((t) => t.padStart(20)), "total".padStart(11)].join(" "));
  for (const r of results) {
    const line = [r.mode.padEnd(12), ...tables.map((t) => fmt(r.held[t] ?? 0).padStart(20)), fmt(sum(r.held)).padStart(11)];
    console.log(`${line.join(" ")}  (${(sum(r.held) / sum(none.held)).toFixed(2)}× no thinning; ${r.wallMs} ms, peak RSS ${r.maxRssMB} MB)`);
    if (r.mode === "sparse") continue;
    const est = tables.map((t) => steady(r, t));
    console.log([`  ~${days} d`.padEnd(12), ...est.map((n) => fmt(n).padStart(20)), fmt(est.reduce((a, b) => a + b, 0)).padStart(11)].join(" "));
  }
}

if (process.argv[2] === "--child") child((process.argv[3] ?? "all") as Mode);
