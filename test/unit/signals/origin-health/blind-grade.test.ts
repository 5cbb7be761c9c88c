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
  probeBlindNow: false,
  ...over,
});
const span = (from: number, to: number, region = "uksouth", everyOrigin: [number, number] | null = null) => ({
  origin: `payments-${region}`,
  region,
  from: at(from),
  to: at(to),
  everyOrigin: everyOrigin === null ? null : { from: at(everyOrigin[0]), to: at(everyOrigin[1]) },
});
const range = (toMin: number) => ({ from: new Date(T0), to: new Date(T0 + toMin * 60_000) });

describe("a region's origin grade under probe blindness (SIGNALS 3.3)", () => {
  it("warns while a probe-blind span of its origin ended within the hour, saying when", () => {
    const [uk, we] = withProbeBlindness([row(), row({ id: "westeurope" })], [span(60, 90)], range(100));
    expect(uk).toMatchObject({ originHealthy: true, originStatus: "warn", originReason: "Probe-blind 13:00–13:30 UTC: its requests failed while Front Door's probes passed it." });
    expect(uk.rangeWorst).toEqual({ status: "warn", overBudgetSeconds: 1800, reason: "Probe-blind for 30 min in this range: its requests failed while Front Door's probes passed it." });
    expect(we).toEqual(row({ id: "westeurope" }));
  });

  it("a span still running at asOf says so: at 13:30 '13:00–13:30 UTC: its requests failed' read as over", () => {
    const [uk] = withProbeBlindness([row()], [span(60, 90)], range(90));
    expect(uk.originReason).toBe("Probe-blind 13:00–13:30 UTC (ongoing): its requests failed while Front Door's probes passed it.");
    // Ended a minute before asOf: the words of a span that ended.
    const [ended] = withProbeBlindness([row()], [span(60, 89)], range(90));
    expect(ended.originReason).toBe("Probe-blind 13:00–13:29 UTC: its requests failed while Front Door's probes passed it.");
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

  it("keeps an unhealthy origin's breach, but its reason says it flaps: not a first outage", () => {
    const unhealthy = row({ originHealthy: false, originStatus: "breach", originReason: "Origin UNHEALTHY: Front Door's probes fail it." });
    expect(withProbeBlindness([unhealthy], [], range(80), [flap])).toEqual([
      { ...unhealthy, originReason: "Origin UNHEALTHY · flapping: 6 health flips in 12 min (13:00–13:12 UTC)." },
    ]);
    // An hour after the last flip the eviction is its own again.
    expect(withProbeBlindness([unhealthy], [], range(133), [flap])).toEqual([unhealthy]);
    // Unknown stays unknown: a flap does not say whether it is up now.
    const unknown = row({ originHealthy: null, originStatus: "no-data", originReason: "Front Door logs silent." });
    expect(withProbeBlindness([unknown], [], range(80), [flap])).toEqual([unknown]);
  });

  it("probe blindness says its own words, and marks the row failing requests only while the span runs", () => {
    const [both] = withProbeBlindness([row()], [span(65, 75)], range(80), [flap]);
    expect(both.originReason).toMatch(/^Probe-blind 13:05–13:15 UTC/);
    // Ended 5 min ago: still WARN for the hour, but its requests are not failing now.
    expect(both).toMatchObject({ originStatus: "warn", probeBlindNow: false });
    expect(withProbeBlindness([row()], [span(65, 80)], range(80))[0]).toMatchObject({ originStatus: "warn", probeBlindNow: true });
    // Every origin blind at once, to now: Front Door fails in front of them, the region's own requests do not.
    expect(withProbeBlindness([row()], [span(65, 80, "uksouth", [65, 80])], range(80))[0]).toMatchObject({ originStatus: "warn", probeBlindNow: false });
    // The shared stretch over, the region still failing: its own failure again.
    expect(withProbeBlindness([row()], [span(65, 80, "uksouth", [65, 70])], range(80))[0].probeBlindNow).toBe(true);
    // UNHEALTHY outranks it: the survivor then cannot serve at all.
    const down = row({ originHealthy: false, originStatus: "breach" });
    expect(withProbeBlindness([down], [span(65, 75)], range(80))[0].probeBlindNow).toBe(false);
  });
});

describe("a region's origin grade when every origin was probe-blind at once (docs/signals.md)", () => {
  it("still warns, with one sentence for every row that points in front of the origins, not at each", () => {
    const rows = withProbeBlindness([row(), row({ id: "westeurope" })], [span(60, 72, "uksouth", [60, 72]), span(60, 72, "westeurope", [60, 72])], range(80));
    for (const r of rows) {
      expect(r.originStatus).toBe("warn");
      expect(r.originReason).toBe(
        "Every origin probe-blind at once 13:00–13:12 UTC: likely Front Door failing, not the origins.",
      );
      expect(r.rangeWorst).toEqual({ status: "warn", overBudgetSeconds: 720, reason: "Probe-blind for 12 min in this range, on every origin at once: likely Front Door failing, not the origins (see the outside-in verdict)." });
    }
  });

  it("says since when while the shared stretch reaches asOf: 12 min into Front Door's outage it is not over", () => {
    const rows = withProbeBlindness([row(), row({ id: "westeurope" })], [span(60, 72, "uksouth", [60, 72]), span(60, 72, "westeurope", [60, 72])], range(72));
    for (const r of rows) expect(r.originReason).toBe("Every origin probe-blind at once since 13:00 UTC: likely Front Door failing, not the origins.");
  });

  it("names the shared stretch, and in the range says how much of a longer blindness it was", () => {
    // uksouth blind 13:00–13:20, westeurope 13:08–13:16: every origin blind 13:08–13:16 only.
    const [uk] = withProbeBlindness([row()], [span(60, 80, "uksouth", [68, 76])], range(85));
    expect(uk.originReason).toMatch(/^Every origin probe-blind at once 13:08–13:16 UTC: likely Front Door failing/);
    expect(uk.rangeWorst.reason).toBe("Probe-blind for 20 min in this range: its requests failed while Front Door's probes passed it (8 min of it on every origin at once: likely Front Door).");
  });

  it("says a later lying probe of its own in today's words, though an earlier one was shared", () => {
    const [uk] = withProbeBlindness([row()], [span(10, 20, "uksouth", [10, 20]), span(60, 70)], range(75));
    expect(uk.originReason).toBe("Probe-blind 13:00–13:10 UTC: its requests failed while Front Door's probes passed it.");
  });
});
