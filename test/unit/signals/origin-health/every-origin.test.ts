import { describe, expect, it } from "vitest";
import { everyOriginBlindSpans, everyOriginSpanOf, intersectSpans } from "@/lib/signals/origin-health/every-origin";

const MIN = 60_000;
const s = (fromMin: number, toMin: number) => ({ fromMs: fromMin * MIN, toMs: toMin * MIN });

describe("every origin probe-blind at once (docs/signals.md)", () => {
  it("fires when both origins are blind over the same minutes (a Front Door outage charged to each)", () => {
    expect(everyOriginBlindSpans([[s(0, 12)], [s(0, 12)]])).toEqual([s(0, 12)]);
  });

  it("takes only the stretch they share, when the spans overlap by 5 minutes or more", () => {
    expect(everyOriginBlindSpans([[s(0, 12)], [s(4, 20)]])).toEqual([s(4, 12)]);
    expect(everyOriginBlindSpans([[s(0, 12)], [s(7, 20)]]), "5 min exactly").toEqual([s(7, 12)]);
  });

  it("does not fire for two lying probes that barely overlap, or not at all", () => {
    expect(everyOriginBlindSpans([[s(0, 12)], [s(8, 20)]]), "4 min in common").toEqual([]);
    expect(everyOriginBlindSpans([[s(0, 10)], [s(30, 40)]]), "disjoint").toEqual([]);
  });

  it("does not fire for one lying origin (the lying-probe scenario), nor for a single configured origin", () => {
    expect(everyOriginBlindSpans([[s(0, 30)], []])).toEqual([]);
    expect(everyOriginBlindSpans([[s(0, 30)]])).toEqual([]);
    expect(everyOriginBlindSpans([])).toEqual([]);
  });

  it("needs every origin, not most: three origins, two blind", () => {
    expect(everyOriginBlindSpans([[s(0, 30)], [s(0, 30)], [s(40, 50)]])).toEqual([]);
    expect(everyOriginBlindSpans([[s(0, 30)], [s(0, 30)], [s(10, 50)]])).toEqual([s(10, 30)]);
  });

  it("keeps every shared stretch when an origin's blindness broke in between", () => {
    expect(everyOriginBlindSpans([[s(0, 10), s(20, 30)], [s(0, 40)]])).toEqual([s(0, 10), s(20, 30)]);
  });

  it("ties an origin's span to the latest shared stretch it overlaps, or to none", () => {
    const common = [s(0, 10), s(20, 30)];
    expect(everyOriginSpanOf(s(0, 40), common)).toEqual(s(20, 30));
    expect(everyOriginSpanOf(s(10, 20), common), "touching is not overlapping").toBeNull();
    expect(intersectSpans([s(0, 10)], [s(10, 20)])).toEqual([]);
  });
});
