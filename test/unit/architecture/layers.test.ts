import { describe, expect, it } from "vitest";
import { importsOf, sourceFiles } from "./imports";

/**
 * The layers of lib/, bottom first (ARCHITECTURE.md): a folder may import its own layer or lower ones,
 * never a higher one. The snapshot contract sits at the bottom; the source wiring (lib/wiring) above
 * everything it wires. A new folder of lib/ must be placed here, so nobody adds an upward arrow unnoticed.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ["snapshot", "env", "kql", "process-singleton"],
  ["format", "config"],
  ["telemetry"],
  ["workspace"],
  ["shared-tier"],
  ["params", "dataset", "gateway", "charts"],
  ["engine", "log-analytics", "simulator"],
  ["signals"],
  // Below catalog: the snapshot builder computes the wall's tile statuses (lib/wall/tile-model.ts).
  ["wall"],
  ["catalog", "doctor", "review", "health", "alerts"],
  ["security", "page-cache"],
  ["wiring"],
];

const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

/** "lib/signals/x/y.ts" → "signals"; a file directly in lib/ is its own folder ("process-singleton"). */
function libFolder(file: string): string | null {
  const m = /^lib\/([^/.]+)/.exec(file);
  return m ? m[1] : null;
}

describe("import direction in lib/", () => {
  const files = sourceFiles("lib");

  it("places every folder of lib/ in a layer", () => {
    const folders = new Set(files.map((f) => libFolder(f)).filter((f): f is string => f !== null));
    expect([...folders].filter((f) => !layerOf.has(f))).toEqual([]);
  });

  it("has no import running back up a layer, and no folder importing a folder of its own layer", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = libFolder(file) ?? "";
      for (const target of importsOf(file)) {
        const to = libFolder(target);
        if (to === null || to === from) continue;
        const a = layerOf.get(from) ?? -1;
        const b = layerOf.get(to);
        if (b === undefined || b >= a) upward.push(`${file} -> ${target} (layer ${a} -> ${b ?? "outside lib"})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps lib/ free of app/, components/ and hooks/", () => {
    const wrong = files.flatMap((f) => importsOf(f).filter((t) => /^(app|components|hooks)\//.test(t)).map((t) => `${f} -> ${t}`));
    expect(wrong).toEqual([]);
  });
});
