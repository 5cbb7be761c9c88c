/**
 * Engine throughput: `where` + `summarize count(), avg(x) by bin(TimeGenerated, 1m), key` over
 * 1M rows, against the same aggregation in DuckDB in the same run; and loading a 1M-row NDJSON
 * dataset (time and RSS growth).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, timestampValue } from "@duckdb/node-api";
import { loadDatasetSync } from "../lib/dataset/load";
import { Workspace } from "../lib/dataset/workspace";
import { runQuery } from "../lib/engine/run-query";

const ROWS = 1_000_000;
// The catalog reruns the same text every few seconds: the best of several runs is the warm steady state.
const RUNS = 15;
const KEYS = ["uksouth", "westeurope", "northeurope", "eastus", "westus", "francecentral", "germanywestcentral", "swedencentral"];
const START = Date.UTC(2026, 10, 22, 0, 0, 0);
const SCHEMA = [
  { name: "TimeGenerated", type: "datetime" as const },
  { name: "key", type: "string" as const },
  { name: "x", type: "real" as const },
  { name: "ok", type: "bool" as const },
];

/** Deterministic pseudo-random rows: one every 10 ms over ~2.8 hours. */
function row(i: number): Record<string, unknown> {
  const r = ((i * 2654435761) >>> 0) / 4294967296;
  return { TimeGenerated: new Date(START + i * 10).toISOString(), key: KEYS[i % KEYS.length], x: Math.round(r * 10000) / 10, ok: r > 0.05 };
}

const QUERY = "Bench | where x > 100 | summarize count(), avg(x) by bin(TimeGenerated, 1m), key";

function best(times: number[]): number {
  return Math.min(...times);
}

async function engineVsDuckdb(): Promise<void> {
  const ws = new Workspace();
  ws.defineTable("Bench", SCHEMA);
  // Appended in chunks so no million-object array stays alive to slow GC during the timed runs.
  for (let start = 0; start < ROWS; start += 50_000) {
    ws.appendRows("Bench", Array.from({ length: Math.min(50_000, ROWS - start) }, (_, k) => row(start + k)));
  }

  const times: number[] = [];
  const cpuTimes: number[] = [];
  let groups = 0;
  for (let k = 0; k < RUNS; k++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    groups = runQuery(ws, QUERY).rows.length;
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const engineMs = best(times);
  const engineCpuMs = best(cpuTimes);

  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run("CREATE TABLE bench (TimeGenerated TIMESTAMP, key VARCHAR, x DOUBLE, ok BOOLEAN)");
  const appender = await con.createAppender("bench");
  for (let i = 0; i < ROWS; i++) {
    const r = row(i);
    appender.appendTimestamp(timestampValue(BigInt(Date.parse(r.TimeGenerated as string)) * 1000n));
    appender.appendVarchar(r.key as string);
    appender.appendDouble(r.x as number);
    appender.appendBoolean(r.ok as boolean);
    appender.endRow();
  }
  appender.closeSync();
  const sql =
    "SELECT time_bucket(INTERVAL 1 minute, TimeGenerated) AS TimeGenerated, key, count(*) AS count_, avg(x) AS avg_x FROM bench WHERE x > 100 GROUP BY 1, 2";
  const dtimes: number[] = [];
  let dgroups = 0;
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    const reader = await con.runAndReadAll(sql);
    dgroups = reader.getRows().length;
    dtimes.push(performance.now() - t0);
  }
  const duckMs = best(dtimes);
  con.closeSync();
  const rate = (ROWS / engineMs) * 1000;
  console.log(`engine: ${QUERY}`);
  console.log(`  ${ROWS} rows, ${groups} groups, best of ${RUNS}: ${engineMs.toFixed(1)} ms wall = ${(rate / 1e6).toFixed(2)} M rows/s (target >= 5); ${engineCpuMs.toFixed(1)} ms CPU = ${(ROWS / engineCpuMs / 1000).toFixed(2)} M rows/s`);
  console.log(`  duckdb same aggregation: ${duckMs.toFixed(1)} ms (${dgroups} groups) = ${((ROWS / duckMs) * 1000 / 1e6).toFixed(2)} M rows/s`);
  console.log(`  ratio engine/duckdb time: ${(engineMs / duckMs).toFixed(2)}x`);
}

function writeDataset(dir: string): number {
  fs.writeFileSync(path.join(dir, "schema.json"), JSON.stringify({ Bench: SCHEMA }));
  const fd = fs.openSync(path.join(dir, "Bench.ndjson"), "w");
  const chunk: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    chunk.push(JSON.stringify(row(i)));
    if (chunk.length === 50_000) {
      fs.writeSync(fd, `${chunk.join("\n")}\n`);
      chunk.length = 0;
    }
  }
  if (chunk.length) fs.writeSync(fd, `${chunk.join("\n")}\n`);
  fs.closeSync(fd);
  return fs.statSync(path.join(dir, "Bench.ndjson")).size;
}

interface LoadReport {
  rows: number;
  wallMs: number;
  cpuMs: number;
  rssDeltaMb: number;
  heapDeltaMb: number;
}

/** Child-process side: load the folder in a fresh process so RSS growth is the loader's alone. */
function measureLoad(dir: string): LoadReport {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const ws = loadDatasetSync(dir);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mem = process.memoryUsage();
  return {
    rows: ws.rowCount("Bench"),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssDeltaMb: (mem.rss - rss0) / 1e6,
    heapDeltaMb: (mem.heapUsed - heap0) / 1e6,
  };
}

function loadDataset(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-bench-"));
  try {
    const bytes = writeDataset(dir);
    const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
      env: { ...process.env, ENGINE_BENCH_LOAD_DIR: dir },
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as LoadReport;
    console.log(`load: ${r.rows} rows from ${(bytes / 1e6).toFixed(0)} MB NDJSON in ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU (target < 3 s)`);
    console.log(`  RSS growth ${r.rssDeltaMb.toFixed(0)} MB, heap growth ${r.heapDeltaMb.toFixed(0)} MB (target < 500 MB; fresh process)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.ENGINE_BENCH_LOAD_DIR) console.log(JSON.stringify(measureLoad(process.env.ENGINE_BENCH_LOAD_DIR)));

export async function run(): Promise<void> {
  loadDataset();
  await engineVsDuckdb();
}
