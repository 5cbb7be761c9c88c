import { describe, expect, it } from "vitest";
import { saturationReason } from "@/lib/format/reasons";
import { evaluateRegionLoad, type MinuteSample } from "@/lib/signals/saturation/evaluate";

/**
 * A region's saturation WARN or BREACH names the rule that decided it. A brownout behind a hot Cosmos
 * partition breaches on 429s at 38 % load: the wall showed a red 38 % and nothing saying why.
 */
const lines = { breachPercent: 90, warnPercent: 70 };
const asOf = new Date("2026-11-20T14:30:00Z");
const minutes = (n: number, sample: Omit<MinuteSample, "t">): MinuteSample[] =>
  Array.from({ length: n }, (_, i) => ({ t: asOf.getTime() - (n - i) * 60_000, ...sample }));

describe("saturation reason", () => {
  it("a breach on 429s at low load says Cosmos throttling, with the count and the load", () => {
    const load = evaluateRegionLoad(minutes(15, { cpuPercent: 38, ruPercent: 39, throttled429: 1200 }), { asOf, ...lines, expectCpu: true, label: "uksouth" });
    expect([load.status, load.consecutive429]).toEqual(["breach", true]);
    expect(saturationReason({ status: load.status, utilPercent: load.utilPercent, consecutive429: load.consecutive429, throttled429: load.throttled429, projectedPercent: 78, ...lines })).toEqual({
      saturationRule: "throttling",
      saturationReason: "Cosmos throttling: 429s in 3 consecutive minutes (6000 in 5 min) at 39 % load.",
    });
  });

  it("a breach over the line says the load; a warn says which warn rule; ok and no-data say nothing", () => {
    const said = (args: Omit<Parameters<typeof saturationReason>[0], "breachPercent" | "warnPercent">) => saturationReason({ ...args, ...lines });
    expect(said({ status: "breach", utilPercent: 94.2, consecutive429: true, throttled429: 30, projectedPercent: 130 })).toEqual({ saturationRule: "load", saturationReason: "Load 94 %, over the 90 % breach line." });
    expect(said({ status: "warn", utilPercent: 76, consecutive429: false, throttled429: 0, projectedPercent: 113 })).toEqual({ saturationRule: "projection", saturationReason: "Could not carry the others' load: 113 % if they failed." });
    expect(said({ status: "warn", utilPercent: 76, consecutive429: false, throttled429: 0, projectedPercent: 96 })).toEqual({ saturationRule: "sustained", saturationReason: "Load over the 70 % warn line for 15 min (76 % now)." });
    const none = { saturationRule: null, saturationReason: null };
    expect(said({ status: "ok", utilPercent: 40, consecutive429: false, throttled429: 0, projectedPercent: 80 })).toEqual(none);
    expect(said({ status: "no-data", utilPercent: null, consecutive429: false, throttled429: null, projectedPercent: null })).toEqual(none);
  });
});
