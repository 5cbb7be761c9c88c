import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { afterTheDataNote, recordingNote } from "@/lib/dataset/after-the-data";
import { answerSnapshot } from "@/lib/catalog/serve-snapshot";
import type { Snapshot } from "@/lib/snapshot/types";
import { buildEmbeddedHost } from "@/lib/wiring/embedded-host";

describe("a window past the dataset's end", () => {
  const latest = new Date("2026-12-06T01:59:59.925Z");
  const note = (end: string) => afterTheDataNote({ tool: "snapshot", latest, end: new Date(end), reads: "every signal reads NO DATA" });

  it("is said, with the --at that shows the data's end", () => {
    expect(note("2026-12-06T02:56:30Z")).toBe(
      "snapshot: the dataset's newest row is at 2026-12-06T01:59:59.925Z, 57 min before the end of the window (2026-12-06T02:56:30.000Z): " +
        "past it every signal reads NO DATA. To look at the dataset's end, give --at 2026-12-06T02:00:00Z",
    );
    expect(note("2026-12-06T06:00:00Z")).toMatch(/, 4 h before/);
    expect(note("2026-12-16T02:00:00Z")).toMatch(/, 10 days before/);
  });

  it("is not said within the recording's last minute, before it, or for an empty dataset", () => {
    expect(note("2026-12-06T02:00:59Z")).toBeUndefined();
    expect(note("2026-12-06T01:00:00Z")).toBeUndefined();
    expect(afterTheDataNote({ tool: "kql", latest: null, end: new Date(), reads: "x" })).toBeUndefined();
  });
});

// Before: `npm run snapshot -- --dataset DIR` after the recording's end printed every signal NO DATA, nothing on stderr.
describe("npm run snapshot on a dataset", () => {
  it("says on stderr when its range ends past the dataset's newest row", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "after-the-data-"));
    try {
      fs.writeFileSync(path.join(dir, "AppMetrics.ndjson"), `${JSON.stringify({ TimeGenerated: "2026-11-22T09:59:00Z", Name: "replication_lag_ms", Sum: 1 })}\n`);
      const snapshot = (...args: string[]) =>
        spawnSync(process.execPath, ["--import", "tsx", "scripts/snapshot.ts", "--config", "config/demo.json", "--dataset", dir, "--compact", ...args], { encoding: "utf8" });
      const past = snapshot("--at", "2026-11-22T11:00:00Z");
      expect(past.status).toBe(0);
      expect(past.stderr).toContain(
        "snapshot: the dataset's newest row is at 2026-11-22T09:59:00.000Z, 61 min before the snapshot's asOf (2026-11-22T11:00:00.000Z): past it every signal reads NO DATA. To look at the dataset's end, give --at 2026-11-22T09:59:00Z",
      );
      const at = snapshot("--at", "2026-11-22T09:59:30Z");
      expect([at.status, at.stderr]).toEqual([0, ""]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

// A replay past a recording's end reads "every source silent" on the pages; the ready line says where the recording lies.
describe("the server's ready line for a dataset", () => {
  it("names the span of its rows", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "after-the-data-"));
    try {
      const rows = ["2026-11-22T08:00:00Z", "2026-11-22T09:59:00.5Z"].map((t) => JSON.stringify({ TimeGenerated: t, Name: "replication_lag_ms", Sum: 1 }));
      fs.writeFileSync(path.join(dir, "AppMetrics.ndjson"), `${rows.join("\n")}\n`);
      const demo = loadConfigFile("config/demo.json");
      const { summary } = buildEmbeddedHost({ ...demo, embedded: { ...demo.embedded, dataset: dir } }, { log: false });
      expect(summary).toMatch(new RegExp(`^embedded workspace ready: dataset ${dir}, 2 rows from 2026-11-22T08:00:00.000Z to 2026-11-22T09:59:00.500Z in [\\d.]+ s$`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the pages' note on a recording viewed past its end", () => {
  const latest = new Date("2026-12-05T13:59:59.925Z");

  it("says it is a recording, when it ended, and the at that shows its end", () => {
    expect(recordingNote({ latest, end: new Date("2026-12-06T06:00:00Z"), live: true })).toEqual({
      endsAt: "2026-12-05T13:59:59.925Z",
      at: "2026-12-05T14:00:00Z",
      sentence: "This workspace is a recorded dataset that ends at 2026-12-05 13:59:59 UTC (16 h ago): past its end every source reads as silent, not down.",
      staleDetail: "Recorded dataset ended 2026-12-05 13:59:59 UTC (16 h ago)",
    });
    expect(recordingNote({ latest, end: new Date("2026-12-05T14:30:00Z"), live: false })?.sentence).toContain("(30 min before the time shown)");
    expect(recordingNote({ latest, end: new Date("2026-12-05T14:00:30Z"), live: true })).toBeUndefined();
    expect(recordingNote({ latest: null, end: new Date(), live: true })).toBeUndefined();
  });

  // Before: the snapshot of a finished recording opened without ?at= had every signal NO DATA and nothing saying why.
  it("travels in the snapshot answer of a dataset past its end, not in one as of its end", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "after-the-data-"));
    try {
      const rows = ["2026-11-22T08:00:00Z", "2026-11-22T09:59:00Z"].map((t) => JSON.stringify({ TimeGenerated: t, Name: "replication_lag_ms", Sum: 1 }));
      fs.writeFileSync(path.join(dir, "AppMetrics.ndjson"), `${rows.join("\n")}\n`);
      const demo = loadConfigFile("config/demo.json");
      const config = { ...demo, embedded: { ...demo.embedded, dataset: dir } };
      const host = buildEmbeddedHost(config, { log: false });
      const deps = { config, now: new Date("2026-11-22T12:00:00Z"), dataStart: host.dataFrom(), recordedUntil: host.recordedUntil, source: () => host.source };
      const live = await answerSnapshot(new URLSearchParams({ range: "1h" }), deps);
      expect(live.status).toBe(200);
      expect((live.body as Snapshot).recording).toMatchObject({ at: "2026-11-22T09:59:00Z", staleDetail: "Recorded dataset ended 2026-11-22 09:59:00 UTC (2 h ago)" });
      // Before: the banner under that note said "the workspace, or the dashboard's access to it, is down".
      expect((live.body as Snapshot).outsideIn.verdict).toMatchObject({
        kind: "all-silent",
        headline: "Every telemetry source is silent: the recorded dataset ended at 2026-11-22 09:59:00 UTC, nothing is recorded past it (the workspace is not down).",
      });
      const atEnd = await answerSnapshot(new URLSearchParams({ range: "1h", at: "2026-11-22T09:59:00Z" }), deps);
      expect((atEnd.body as Snapshot).recording).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
