import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { incidentsFilterNote } from "@/lib/signals/incidents/filter-note";
import { incident } from "../../wall/fixture";

/**
 * Filtered to one region, the incident list narrows but must not read "No incident" while another
 * region has one: the words for what is left out come from lib, the panel only renders them.
 */
const config = loadConfigFile("config/demo.json");

describe("the incident list under a region filter", () => {
  it("filtered to West Europe during UK South's open outage: not 'No incident', the open one named with its status", () => {
    const open = incident({ region: "uksouth", start: "2026-11-20T11:00:00Z", recoveredAt: null, rtoSeconds: null, status: "warn" });
    const note = incidentsFilterNote([open], "westeurope", config);
    expect(note).toEqual({
      region: "westeurope",
      total: 1,
      empty: "No incident or drill in West Europe in this range.",
      hidden: "Not shown (filtered to West Europe): an open incident in UK South since 2026-11-20 11:00 UTC.",
      hiddenStatus: "warn",
    });
  });

  it("counts the recovered ones left out, and says nothing is left out when the other regions had none", () => {
    const past = [incident({ region: "uksouth" }), incident({ region: "uksouth", kind: "drill", start: "2026-11-20T09:00:00Z" }), incident({ region: "westeurope" })];
    expect(incidentsFilterNote(past, "westeurope", config)).toMatchObject({
      total: 3,
      hidden: "Not shown (filtered to West Europe): 2 recovered incidents or drills in UK South.",
      hiddenStatus: null,
    });
    expect(incidentsFilterNote(past.slice(2), "westeurope", config).hidden).toBeNull();
  });
});
