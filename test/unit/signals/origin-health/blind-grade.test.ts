import { describe, expect, it } from "vitest";
import { withProbeBlindness } from "@/lib/signals/origin-health/blind-grade";
import type { RegionOriginHealth } from "@/lib/signals/origin-health/state";

const T0 = Date.parse("2026-11-20T12:00:00Z");
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const row = (over: Partial<RegionOriginHealth> = {}): RegionOriginHealth => ({
  id: "uksouth",
  originHealthy: true,
  originStatus: "ok",
  originReason: null,
  trafficShareRatio: 0.5,
  rangeWorst: { status: "ok", overBudgetSeconds: 0, reason: null },
  ...over,
});
const span = (from: number, to: number, region = "uksouth") => ({ origin: `payments-${region}`, region, from: at(from), to: at(to) });
const range = (toMin: number) => ({ from: new Date(T0), to: new Date(T0 + toMin * 60_000) });

describe("a region's origin grade under probe blindness (SIGNALS 3.3)", () => {
  it("warns while a probe-blind span of its origin ended within the hour, saying when", () => {
    const [uk, we] = withProbeBlindness([row(), row({ id: "westeurope" })], [span(60, 90)], range(100));
    expect(uk).toMatchObject({ originHealthy: true, originStatus: "warn", originReason: "Probe-blind 13:00–13:30 UTC: its requests failed while Front Door's probes passed it." });
    expect(uk.rangeWorst).toEqual({ status: "warn", overBudgetSeconds: 1800, reason: "Probe-blind for 30 min in this range: its requests failed while Front Door's probes passed it." });
    expect(we).toEqual(row({ id: "westeurope" }));
  });

  it("is OK again an hour after, with the range still saying it; the range counts only its own part", () => {
    const [uk] = withProbeBlindness([row()], [span(-10, 20)], range(81));
    expect(uk.originStatus).toBe("ok");
    expect(uk.rangeWorst).toMatchObject({ status: "warn", overBudgetSeconds: 1200 });
  });

  it("never softens an unhealthy or unknown origin, nor a range that holds a breach", () => {
    const unhealthy = row({ originHealthy: false, originStatus: "breach", originReason: "Origin UNHEALTHY: Front Door's probes fail it.", rangeWorst: { status: "breach", overBudgetSeconds: 120, reason: "Origin unhealthy for 2 min in this range." } });
    expect(withProbeBlindness([unhealthy], [span(60, 90)], range(100))).toEqual([unhealthy]);
    const unknown = row({ originHealthy: null, originStatus: "no-data", originReason: "Front Door logs silent", rangeWorst: { status: "no-data", overBudgetSeconds: null, reason: null } });
    expect(withProbeBlindness([unknown], [span(60, 90)], range(100))).toEqual([unknown]);
  });
});

describe("a region's origin grade while its origin flaps (SIGNALS 3.3: 3 or more flips in 30 min)", () => {
  const flap = { origin: "payments-uksouth", region: "uksouth", from: at(60), to: at(72), flips: 6 };
  it("warns within the hour of the last flip, saying when and how often, even while admitted", () => {
    const [uk, we] = withProbeBlindness([row(), row({ id: "westeurope" })], [], range(80), [flap]);
    expect(uk).toMatchObject({ originHealthy: true, originStatus: "warn", originReason: "Flapping 13:00–13:12 UTC: 6 health flips, Front Door evicting and re-admitting it." });
    expect(we.originStatus).toBe("ok");
    expect(withProbeBlindness([row()], [], range(133), [flap])[0].originStatus).toBe("ok");
  });

  it("leaves an unhealthy origin's breach alone, and probe blindness says its own words", () => {
    const unhealthy = row({ originHealthy: false, originStatus: "breach", originReason: "Origin UNHEALTHY: Front Door's probes fail it." });
    expect(withProbeBlindness([unhealthy], [], range(80), [flap])).toEqual([unhealthy]);
    const [both] = withProbeBlindness([row()], [span(65, 75)], range(80), [flap]);
    expect(both.originReason).toMatch(/^Probe-blind 13:05–13:15 UTC/);
  });
});
