import { describe, expect, it } from "vitest";
import { findRaces, splitBrainStatus } from "@/lib/signals/split-brain/evaluate";
import { writesOf } from "@/lib/signals/split-brain";

const t = (iso: string) => Date.parse(iso);

describe("split-brain races (SIGNALS 3.6)", () => {
  it("a race at 08.900 vs 09.100 across a second boundary is counted once", () => {
    const races = findRaces(
      [
        { entityId: "inv-1", region: "uksouth", t: t("2026-01-10T11:00:08.900Z") },
        { entityId: "inv-1", region: "westeurope", t: t("2026-01-10T11:00:09.100Z") },
      ],
      1000,
    );
    expect(races).toEqual([
      { entityId: "inv-1", regions: ["uksouth", "westeurope"], first: "2026-01-10T11:00:08.900Z", last: "2026-01-10T11:00:09.100Z", writes: 2 },
    ]);
  });

  it("same-region writes and writes further apart than the window are not races", () => {
    const races = findRaces(
      [
        { entityId: "inv-1", region: "uksouth", t: t("2026-01-10T11:00:08.000Z") },
        { entityId: "inv-1", region: "uksouth", t: t("2026-01-10T11:00:08.500Z") },
        { entityId: "inv-1", region: "westeurope", t: t("2026-01-10T11:00:09.600Z") },
        { entityId: "inv-2", region: "uksouth", t: t("2026-01-10T11:00:08.000Z") },
      ],
      1000,
    );
    expect(races).toEqual([]);
  });

  it("a burst of writes from both regions within the window chain is one race with all writes", () => {
    const races = findRaces(
      ["00.000", "00.400", "00.900", "01.700"].map((s, i) => ({
        entityId: "inv-9",
        region: i % 2 ? "westeurope" : "uksouth",
        t: t(`2026-01-10T11:00:${s}Z`),
      })),
      1000,
    );
    expect(races).toHaveLength(1);
    expect(races[0].writes).toBe(4);
  });

  it("breach only when a race happened in the last hour", () => {
    const race = { entityId: "x", regions: ["a", "b"], first: "2026-01-10T10:30:00.000Z", last: "2026-01-10T10:30:00.500Z", writes: 2 };
    expect(splitBrainStatus([race], new Date("2026-01-10T11:00:00Z"))).toBe("breach");
    expect(splitBrainStatus([race], new Date("2026-01-10T12:00:00Z"))).toBe("ok");
  });

  it("expands per-entity lists (arrays or JSON text) into writes", () => {
    const writes = writesOf([
      { entityId: "e", times: ["2026-01-10T11:00:00.000Z", "2026-01-10T11:00:00.500Z"], regions: ["a", "b"] },
      { entityId: "f", times: '["2026-01-10T11:00:00.000Z"]', regions: '["a"]' },
    ]);
    expect(writes).toHaveLength(3);
    expect(writes[2]).toEqual({ entityId: "f", region: "a", t: t("2026-01-10T11:00:00.000Z") });
  });
});
