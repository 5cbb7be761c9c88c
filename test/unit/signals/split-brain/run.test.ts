import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { createSignalContext } from "@/lib/signals/runtime";
import { splitBrain } from "@/lib/signals/split-brain";

const config = loadConfigFile("config/demo.json");
const T0 = Date.parse("2026-11-22T10:00:00Z");

/** One configured write a minute from each region for the first `minutes`, no race among them. */
function writes(minutes: number): Workspace {
  const ws = new Workspace();
  for (let i = 0; i < minutes; i++) {
    for (const region of ["uksouth", "westeurope"]) {
      const TimeGenerated = new Date(T0 + i * 60_000 + (region === "uksouth" ? 0 : 30_000)).toISOString();
      ws.append("AppDependencies", { TimeGenerated, DependencyType: "Azure DocumentDB", Name: "UpsertInvoice", Properties: { invoiceId: `${region}-${i}`, region } });
    }
  }
  return ws;
}

async function statusAt(ws: Workspace, asOfMs: number) {
  const range = { from: new Date(asOfMs - 6 * 3600_000), to: new Date(asOfMs) };
  const ctx = createSignalContext({ config, source: new EmbeddedSource(ws, () => range.to), range });
  const { value, meta } = await splitBrain.run(ctx);
  return { status: value?.status, rangeWorst: value?.rangeWorst.status, warnings: meta.warnings };
}

describe("split-brain status", () => {
  it("is OK with writes in the last hour and no race", async () => {
    expect(await statusAt(writes(120), T0 + 120 * 60_000)).toMatchObject({ status: "ok", rangeWorst: "ok", warnings: [] });
  });

  // Before: OK (green on the wall) with the newest write 91 min old, past a recorded dataset's end.
  it("is NO DATA when the last hour holds no write, saying since when; the range's verdict stays", async () => {
    const out = await statusAt(writes(120), T0 + 211 * 60_000);
    expect(out.status).toBe("no-data");
    expect(out.rangeWorst).toBe("ok");
    expect(out.warnings).toEqual(["split-brain: no configured write calls (AppDependencies) in the last hour (newest at 2026-11-22T11:59:30.000Z): races cannot be ruled out"]);
  });
});
