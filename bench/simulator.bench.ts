/**
 * The 30-day demo month: generation time and memory, in a fresh child process per mode so the peak
 * RSS is the simulator's own. Budget (issue 4): under 10 s and under 500 MB. Modes: rows counted
 * and dropped (the generator alone), and rows kept in the embedded Workspace (what the app does).
 * Baseline in the same run: building the same number of plain 27-column row objects.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadConfigFile } from "../lib/config/load";
import { Workspace } from "../lib/dataset/workspace";
import type { RowSink } from "../lib/dataset/sink";
import { createLiveDemo } from "../lib/simulator/live";

interface ChildResult {
  mode: string;
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  heapUsedMB: number;
  rows: Record<string, number>;
}

const NOW = new Date("2026-11-22T12:00:00Z");

function child(mode: string): void {
  const config = loadConfigFile("config/demo.json");
  const counts: Record<string, number> = {};
  const sink: RowSink = mode === "workspace" ? new Workspace() : { append: (t) => void (counts[t] = (counts[t] ?? 0) + 1) };
  const gc = (globalThis as { gc?: () => void }).gc;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const demo = createLiveDemo({ config, seed: config.embedded.seed, days: config.embedded.days, now: () => NOW, sink });
  const rows = demo.advanceTo(NOW);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  gc?.();
  const result: ChildResult = {
    mode,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    rows,
  };
  if (mode === "workspace" && !(sink instanceof Workspace)) throw new Error("unreachable");
  process.stdout.write(JSON.stringify(result));
}

function baseline(n: number): number {
  const t0 = performance.now();
  let keep: Record<string, unknown> | null = null;
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = { TimeGenerated: `t${i}`, Category: "FrontDoorAccessLog", httpStatusCode_s: "200", originName_s: "o:443" };
    for (let c = 0; c < 23; c++) row[`c${c}`] = c;
    if ((i & 0xfffff) === 0) keep = row;
  }
  if (!keep) throw new Error("unreachable");
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const results: ChildResult[] = ["count", "workspace"].map((mode) =>
    JSON.parse(
      execFileSync(process.execPath, [...process.execArgv, "--expose-gc", "--max-old-space-size=640", self, "--child", mode], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      }),
    ),
  );
  const total = Object.values(results[0].rows).reduce((a, b) => a + b, 0);
  const base = baseline(total);
  console.log(`demo month (${total.toLocaleString("en")} rows): ${Object.entries(results[0].rows).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}`);
  console.log(`baseline: ${total.toLocaleString("en")} plain 27-column objects in ${Math.round(base)} ms`);
  for (const r of results) {
    console.log(
      `${r.mode.padEnd(9)} wall ${r.wallMs} ms (${(r.wallMs / base).toFixed(1)}× baseline), cpu ${r.cpuMs} ms, peak RSS ${r.maxRssMB} MB, heap after ${r.heapUsedMB} MB` +
        ` — budget < 10 s ${r.wallMs < 10_000 ? "met" : "MISSED"}, < 500 MB ${r.maxRssMB < 500 ? "met" : "MISSED"}`,
    );
  }
}

if (process.argv[2] === "--child") child(process.argv[3] ?? "count");
