import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { buildSnapshot } from "@/lib/catalog/build";
import { PRESET_MS, TIME_RANGE_PRESETS } from "@/lib/params/time-range";
import type { Snapshot } from "@/lib/snapshot/types";
import { buildEmbeddedHost, type EmbeddedHost } from "@/lib/wiring/embedded-host";

/**
 * Every range the URL offers, over the demo the dashboard shows (30 days, as `npm start` builds it):
 * no signal's evaluation may fail, and every signal with rows in the range has a status other than
 * NO DATA. A 30-day range once showed replication as NO DATA ("Maximum call stack size exceeded": its
 * 129,600 canary samples were spread into Math.max) while every shorter range was fine.
 */
const config = loadConfigFile("config/demo.json");
let host: EmbeddedHost;
beforeAll(() => {
  host = buildEmbeddedHost(config, { log: false });
}, 180_000); // the 30-day demo: ~15 s alone, longer on a busy machine

describe("the demo's snapshot over every preset range", () => {
  const snapshots = new Map<string, Snapshot>();
  for (const preset of TIME_RANGE_PRESETS) {
    it(`${preset}: no evaluation fails, and no signal with data reads NO DATA`, async () => {
      const to = new Date();
      const snap = await buildSnapshot({ config, source: host.source, range: { from: new Date(to.getTime() - PRESET_MS[preset]), to } });
      snapshots.set(preset, snap);
      expect(snap.warnings.filter((w) => /evaluation failed/.test(w))).toEqual([]);
      for (const p of snap.replication) expect(p.status, `${p.tier} ${p.source}→${p.target}`).not.toBe("no-data");
      for (const c of snap.conflicts) expect(c.status, `${c.region} ${c.container}`).not.toBe("no-data");
      for (const r of snap.regions) expect(r.status, r.id).not.toBe("no-data");
      expect(snap.availability.status).not.toBe("no-data");
    }, 180_000);
  }
});
