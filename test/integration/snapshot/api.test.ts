import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { parseConfig } from "@/lib/config/load";
import { SourceUnavailableError } from "@/lib/signals/runtime/context";
import { answerSnapshot } from "@/lib/catalog/serve-snapshot";
import type { Snapshot } from "@/lib/snapshot/types";
import type { LogsSource } from "@/lib/workspace/types";

/** The /api/snapshot contract through answerSnapshot (the route only adds NextResponse). */
const config = parseConfig(demo);
const now = new Date("2026-11-22T18:00:00Z");
const dataStart = new Date("2026-10-23T18:00:00Z");

/** A workspace with no tables at all: every query fails like Log Analytics' SEM0100. */
const emptyWorkspace: LogsSource = {
  kind: "embedded",
  async query(kql) {
    const table = kql.trim().split(/\s/)[0];
    throw new Error(`'${table}': Failed to resolve table or column expression named '${table}' (SEM0100)`);
  },
};

const ask = (q: string, source: LogsSource = emptyWorkspace) =>
  answerSnapshot(new URLSearchParams(q), { config, now, dataStart, source: () => source });

describe("GET /api/snapshot", () => {
  it.each([
    ["at=yesterday", "at"],
    ["at=2026-11-22T18:05:00Z", "at"],
    ["range=2h", "range"],
    ["region=eastus", "region"],
    ["from=2026-11-22T10:00:00Z", "to"],
    ["at=2026-01-01T00:00:00Z", "at"],
  ])("%s → 400 naming %s and what is allowed", async (q, parameter) => {
    const answer = await ask(q);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ parameter });
    expect((answer.body as { allowed: string }).allowed.length).toBeGreaterThan(10);
  });

  it("answers every section as no-data with reasons when the tables are missing, never a 500", async () => {
    const answer = await ask("range=6h&at=2026-11-22T12:00:00Z");
    expect(answer.status).toBe(200);
    const s = answer.body as Snapshot;
    expect(s.asOf).toBe("2026-11-22T12:00:00.000Z");
    expect(s.range.from).toBe("2026-11-22T06:00:00.000Z");
    for (const [name, meta] of Object.entries(s.signals)) {
      expect(meta.status, name).toBe("no-data");
      expect(meta.warnings.join(" "), name).toMatch(/missing/);
      for (const q of meta.queries) expect(q.window.to).toBe("2026-11-22T12:00:00.000Z");
    }
    expect(s.regions.map((r) => r.status)).toEqual(["no-data", "no-data"]);
    expect(s.replication.every((r) => r.status === "no-data")).toBe(true);
    expect(s.availability.status).toBe("no-data");
    expect(s.splitBrain.status).toBe("no-data");
    expect(s.warnings.length).toBeGreaterThan(0);
  });

  it("filters by region", async () => {
    const s = (await ask("region=westeurope")).body as Snapshot;
    expect(s.regions.map((r) => r.id)).toEqual(["westeurope"]);
    expect(s.replication.every((r) => r.source === "westeurope" || r.target === "westeurope")).toBe(true);
  });

  it("503 with a message when the source is unavailable", async () => {
    const down: LogsSource = { kind: "azure", query: () => Promise.reject(new SourceUnavailableError("Azure source not wired yet")) };
    const answer = await ask("range=1h", down);
    expect(answer).toEqual({ status: 503, body: { error: "data source unavailable: Azure source not wired yet" } });
  });
});
