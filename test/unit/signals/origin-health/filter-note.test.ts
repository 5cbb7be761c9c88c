import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { originFilterNote } from "@/lib/signals/origin-health/filter-note";

/** Filtered to one region, the origin-health lists narrow but never read "no origin changed" beside another region's flip. */
const config = loadConfigFile("config/demo.json");
const flip = (region: string, to: "healthy" | "unhealthy", at: string) => ({ origin: `payments-${region}.azurewebsites.net`, region, at, to });

describe("origin-health lists under a region filter", () => {
  it("filtered to West Europe while UK South flipped: empty lists say 'in West Europe', and UK South's flips are counted", () => {
    const note = originFilterNote({ originFlips: [flip("uksouth", "unhealthy", "2026-11-20T11:01:00Z")], probeBlind: [] }, "westeurope", config);
    expect(note).toEqual({
      region: "westeurope",
      noFlips: "No origin of West Europe changed health state.",
      noProbeBlind: "None in West Europe: probes agreed with the edge errors.",
      hidden: "Not shown (filtered to West Europe): 1 flip in UK South (the last to unhealthy).",
    });
  });

  it("counts probe-blind spans too, and leaves nothing to say when the other regions had neither", () => {
    const blind = { origin: "payments-uksouth.azurewebsites.net", region: "uksouth", from: "2026-11-20T11:00:00Z", to: "2026-11-20T11:10:00Z", everyOrigin: null };
    const flips = [flip("uksouth", "unhealthy", "2026-11-20T11:01:00Z"), flip("uksouth", "healthy", "2026-11-20T11:20:00Z")];
    expect(originFilterNote({ originFlips: flips, probeBlind: [blind] }, "westeurope", config).hidden).toBe(
      "Not shown (filtered to West Europe): 2 flips and 1 probe-blind span in UK South (the last to healthy).",
    );
    expect(originFilterNote({ originFlips: [flip("westeurope", "unhealthy", "2026-11-20T11:01:00Z")], probeBlind: [] }, "westeurope", config).hidden).toBeNull();
  });
});
