import { describe, expect, it } from "vitest";
import type { ReplicationSnapshot, Status } from "@/lib/snapshot/types";
import { morePairsNote, wallLagGauges } from "@/lib/wall/lag-gauges";

const RANGE_OK = { status: "ok" as const, overBudgetSeconds: 0, reason: null };
const pair = (source: string, target: string, tier: string, status: Status = "ok", lagSecondsNow: number | null = 0.3, budgetSeconds = 5): ReplicationSnapshot => ({
  source,
  target,
  tier,
  lagSecondsNow,
  lagSecondsP99: lagSecondsNow,
  lagSecondsMax: lagSecondsNow,
  budgetSeconds,
  status,
  reason: null,
  rangeWorst: RANGE_OK,
});
const name = (p: ReplicationSnapshot) => `${p.tier} ${p.source}→${p.target}`;
/** Three regions: six Cosmos pairs, then the SQL failover group's one. */
const three = (overrides: Partial<Record<number, [Status, number | null]>> = {}) =>
  [
    pair("uk", "we", "cosmos"),
    pair("uk", "ne", "cosmos"),
    pair("we", "uk", "cosmos"),
    pair("we", "ne", "cosmos"),
    pair("ne", "uk", "cosmos"),
    pair("ne", "we", "cosmos"),
    pair("uk", "we", "sql", "ok", 1.5, 30),
  ].map((p, i) => (overrides[i] ? { ...p, status: overrides[i][0], lagSecondsNow: overrides[i][1] } : p));

describe("the replication tile's dials", () => {
  it("shows every pair when they fit (two regions: three pairs)", () => {
    const two = three().filter((p) => p.source !== "ne" && p.target !== "ne");
    expect(wallLagGauges(two)).toEqual(two);
  });

  it("with seven pairs all OK: the first four, in configuration order, whatever their lag, so a quiet wall's dials stay put", () => {
    expect(wallLagGauges(three({ 5: ["ok", 3.9], 6: ["ok", 20] })).map(name)).toEqual(["cosmos uk→we", "cosmos uk→ne", "cosmos we→uk", "cosmos we→ne"]);
  });

  it("a breaching pair past the fourth takes a dial: the salary-day SQL breach under four green Cosmos dials", () => {
    const shown = wallLagGauges(three({ 6: ["breach", 45] })).map(name);
    expect(shown).toContain("sql uk→we");
    expect(shown).toHaveLength(4);
    // Configuration order on the tile: the SQL dial is last, the three first Cosmos ones before it.
    expect(shown).toEqual(["cosmos uk→we", "cosmos uk→ne", "cosmos we→uk", "sql uk→we"]);
  });

  it("ranks as the headline does (breach, NO DATA, warn), then lag against budget", () => {
    const shown = wallLagGauges(three({ 4: ["warn", 4.5], 5: ["no-data", null], 6: ["breach", 45], 1: ["warn", 4.1] })).map(name);
    expect(shown).toEqual(["cosmos uk→ne", "cosmos ne→uk", "cosmos ne→we", "sql uk→we"]);
  });
});

describe("morePairsNote: the pairs without a dial, said in the tile footer", () => {
  it("says how many and how they stand, worst first; nothing when every pair has a dial", () => {
    const quiet = three();
    expect(morePairsNote(quiet, wallLagGauges(quiet))).toBe("+3 more pairs, all OK");
    // UK South down: its four Cosmos pairs and the SQL pair are silent; four take the dials.
    const down = three({ 0: ["no-data", null], 1: ["no-data", null], 2: ["no-data", null], 4: ["no-data", null], 6: ["no-data", null] });
    expect(morePairsNote(down, wallLagGauges(down))).toBe("+3 more pairs: 1 NO DATA, 2 OK");
    const two = three().slice(0, 4);
    expect(morePairsNote(two, wallLagGauges(two))).toBeNull();
    const five = three().slice(0, 5);
    expect(morePairsNote(five, wallLagGauges(five))).toBe("+1 more pair, OK");
  });
});
