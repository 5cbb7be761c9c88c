import { describe, expect, it } from "vitest";
import { formatClock, formatLoadPercent, formatRatio, formatSeconds, formatUtc } from "@/lib/format/units";

describe("unit formats", () => {
  it.each([
    [null, "—"],
    [3.25, "3.3 s"],
    [45, "45 s"],
    [252, "4 min 12 s"],
    [300, "5 min"],
    [9000, "2 h 30 min"],
    [-90, "−90 s"],
  ])("formatSeconds(%s) = %s", (input, expected) => expect(formatSeconds(input)).toBe(expected));

  it("formats clocks, ratios and UTC times", () => {
    expect(formatClock(247)).toBe("04:07");
    expect(formatClock(3729)).toBe("1:02:09");
    expect(formatRatio(0.9995)).toBe("99.950 %");
    expect(formatUtc("2026-11-22T14:05:09.123Z")).toBe("2026-11-22 14:05:09 UTC");
    expect(formatUtc("nonsense")).toBe("—");
  });

  it.each([
    [null, "—"],
    [64.4, "64 %"],
    [99.4, "99 %"],
    [99.8, "99.8 %"],
    [99.96, "99.96 %"],
    [100, "100 %"],
    [100.3, "100.3 %"],
    [100.5, "101 %"],
    [127.2, "127 %"],
  ])("formatLoadPercent(%s) = %s: never '100 %' for a load on either side of capacity", (input, expected) => expect(formatLoadPercent(input)).toBe(expected));
});
