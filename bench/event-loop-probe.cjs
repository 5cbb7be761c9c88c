/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, preloaded with node --require */
/**
 * Preloaded into the crowd bench's server (`NODE_OPTIONS=--require …`, CROWD_ELD_FILE=<file>), never
 * into a real deployment: samples the main thread's event-loop delay and appends one line per second
 * to the file, `<epoch ms> <delay ms> <delay ms> …`, one delay per 10 ms tick. The bench reads the
 * lines of a phase (e.g. while the replays compute) and reports p99 and max: how long any request
 * would have waited to start, whatever the machine's load does to HTTP round trips.
 *
 * The query worker is a child process that inherits NODE_OPTIONS, so it loads this too: it samples no
 * delay (its loop runs one query at a time by design; its delays are not a request's wait). Every
 * process and thread rewrites `<file>.mem.<pid>.<threadId>` each second with its own heap and
 * array-buffer figures and its role, so the bench can say what the resident set is made of.
 */
const { appendFileSync, writeFileSync } = require("node:fs");
const { getHeapStatistics } = require("node:v8");
const { isMainThread, threadId } = require("node:worker_threads");

const file = process.env.CROWD_ELD_FILE;
const role = !isMainThread ? "worker thread" : /query-worker/.test(process.argv[1] ?? "") ? "query worker process" : "server";
if (file && role === "server") {
  const TICK_MS = 10;
  let expected = performance.now() + TICK_MS;
  let delays = [];
  const tick = () => {
    const now = performance.now();
    delays.push(Math.max(0, now - expected));
    expected = now + TICK_MS;
    setTimeout(tick, TICK_MS).unref();
  };
  setTimeout(tick, TICK_MS).unref();
  setInterval(() => {
    if (delays.length === 0) return;
    appendFileSync(file, `${Date.now()} ${delays.map((d) => d.toFixed(1)).join(" ")}\n`);
    delays = [];
  }, 1000).unref();
}

if (file) {
  setInterval(() => {
    const { heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    const { used_heap_size, total_heap_size, malloced_memory, external_memory } = getHeapStatistics();
    const sample = { at: Date.now(), main: role === "server", role, heapUsed, heapTotal, external, arrayBuffers, used_heap_size, total_heap_size, malloced_memory, external_memory };
    try {
      writeFileSync(`${file}.mem.${process.pid}.${threadId}`, JSON.stringify(sample));
    } catch {
      // the bench's temporary folder went away
    }
  }, 1000).unref();
}
