/**
 * The live demo's steady state: rows held per table after the 30-day demo has moved on with the
 * clock for a simulated day, compacted hourly (retention + thinning of aged dense rows). Each mode
 * runs in its own child process (peak RSS is its own). Baselines in the same run: the same demo
 * with no thinning, with only the access-log thinning (what the demo did before background writes
 * were thinned too), and the sparse plan alone (denseLive: false, what a fully thinned month holds).
 *
 * Steady state: the rows dense-written then aged span [start − 6 h, end − 7 h) (HOURS − 1 hours);
 * the last 7 h are dense in every mode. Per table, r = (none − sparse) / (HOURS + 6) is the dense
 * plan's extra rows per hour, and a mode's aged extra per hour is (mode − sparse − 7r) / (HOURS − 1);
 * after `days` of running a wall screen holds sparse + 7r + aged extra × (24 · days − 7).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadConfigFile } from "../lib/config/load";
import type { RowSink } from "../lib/dataset/sink";
import { Workspace } from "../lib/dataset/workspace";
import { createLiveDemo } from "../lib/simulator/live";

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
  const days = loadConfigFile("config/demo.json").embedded.days;
  const [sparse, none] = results;
  const tables = Object.keys(none.held).sort();
  const agedHours = HOURS - 1;
  const denseExtraPerHour = (t: string) => ((none.held[t] ?? 0) - (sparse.held[t] ?? 0)) / (HOURS + 6);
  const steady = (r: ChildResult, t: string) => {
    const live = 7 * denseExtraPerHour(t);
    const agedExtraPerHour = ((r.held[t] ?? 0) - (sparse.held[t] ?? 0) - live) / agedHours;
    return (sparse.held[t] ?? 0) + live + Math.max(0, agedExtraPerHour) * (24 * days - 7);
  };
  console.log(`${days}-day demo (fresh: ${fmt(sum(none.fresh))} rows) advanced ${HOURS} h hourly: rows held, then estimated after ${days} days of running`);
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
