/**
 * `npm run kql`'s demo cache (lib/wiring/demo-cache.ts) on the 30-day demo: a build that writes the
 * cache file (the baseline, what every call cost before), then the same demo resumed from the file at
 * the same instant and 5 and 60 minutes later (reading it back plus simulating the minutes since).
 * A fresh temporary folder, removed afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfigFile } from "../lib/config/load";
import { demoWorkspace } from "../lib/wiring/demo-cache";

const NOW = new Date("2026-11-22T12:00:00Z");

function timed(dir: string, minutesLater: number): { ms: number; origin: string; rows: number } {
  const config = loadConfigFile("config/demo.json");
  const t0 = performance.now();
  const r = demoWorkspace(config, { dir, now: new Date(NOW.getTime() + minutesLater * 60_000), exactAnchor: false, say: () => undefined });
  return { ms: performance.now() - t0, origin: r.origin, rows: r.workspace.storedRowCount() };
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aad-kql-cache-bench-"));
  try {
    const built = timed(dir, 0);
    const bytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    console.log(`built and cached: ${(built.ms / 1000).toFixed(1)} s, ${built.rows.toLocaleString("en")} rows, file ${(bytes / 1e6).toFixed(0)} MB`);
    const snapshot = fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))] as const);
    for (const later of [0, 5, 60]) {
      // Each case resumes the file the build wrote (a resumed call may write it again).
      for (const [f, buf] of snapshot) fs.writeFileSync(path.join(dir, f), buf);
      const r = timed(dir, later);
      if (r.origin !== "cache") throw new Error(`expected a resume ${later} min later, got ${r.origin}`);
      console.log(`from cache, ${String(later).padStart(2)} min later: ${(r.ms / 1000).toFixed(2)} s (${(r.ms / built.ms).toFixed(3)}x the build)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
