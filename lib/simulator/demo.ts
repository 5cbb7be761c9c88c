import type { DashboardConfig } from "../config/schema";
import { hash, Rng, streamId } from "./rng";
import type { ScenarioPlacement } from "./scenarios";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * The demo's month, placed relative to `anchor` (start-up time): deterministic given the seed and
 * the anchor. Every window ends before the anchor, so live data starts from a settled state.
 */
export function demoPlacements(config: DashboardConfig, anchor: Date, seed: number): ScenarioPlacement[] {
  const rng = new Rng(hash(seed, streamId("demo"), Math.floor(anchor.getTime() / DAY)));
  const ids = config.regions.map((r) => r.id);
  const first = ids[0];
  const second = ids[1] ?? ids[0];
  const a = anchor.getTime();
  const jitter = (hours: number) => Math.floor(rng.range(-hours, hours) * HOUR);
  const at = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);
  return [
    { name: "partition", start: at(a - 21 * DAY + jitter(6)), durationSeconds: 18 * 60 },
    { name: "lying-probe", start: at(a - 12 * DAY + jitter(6)), durationSeconds: 30 * 60, region: first },
    { name: "drill", start: at(a - 7 * DAY + jitter(3)), durationSeconds: 12 * 60, region: second },
    { name: "conflict-backlog", start: at(a - 5 * DAY + jitter(6)), durationSeconds: 45 * 60, region: second },
    // The seeds' UK South outage was Azure's own: Service Health and Resource Health report it.
    { name: "survivor-saturation", start: at(a - 3 * DAY + jitter(4)), durationSeconds: 25 * 60, region: first, platformEvent: true },
    { name: "lag-breach", start: at(a - DAY + jitter(3)), durationSeconds: 25 * 60 },
    { name: "split-brain", start: at(a - 3 * HOUR + jitter(0.5)), durationSeconds: 10 * 60 },
  ];
}
