import { describe, expect, it } from "vitest";
import { fromUtcInput, toUtcInput, viewHref, viewRangeWords, viewSearch, type ViewState } from "@/lib/charts/view-url";
import { parseViewQuery } from "@/lib/params/search-params";

const config = { regions: [{ id: "uksouth" }, { id: "westeurope" }] } as never;
const now = new Date("2026-02-01T00:00:00Z");
const preset: ViewState = { range: "6h", from: "2026-01-31T02:00:00Z", to: "2026-01-31T08:00:00Z", at: "2026-01-31T08:00:00Z", region: "uksouth" };

describe("view URL state", () => {
  it("writes presets without from/to and round-trips through the shared parser", () => {
    const qs = viewSearch(preset);
    expect(qs).toBe("range=6h&at=2026-01-31T08%3A00%3A00Z&region=uksouth");
    const parsed = parseViewQuery(new URLSearchParams(qs), { config, now });
    expect(parsed.ok && parsed.value.range.from.toISOString()).toBe("2026-01-31T02:00:00.000Z");
    expect(parsed.ok && parsed.value.region).toBe("uksouth");
  });

  it("writes custom ranges as from/to and removes parameters set to null", () => {
    const custom = { ...preset, range: "custom" };
    expect(viewSearch(custom, { at: null, region: null })).toBe("from=2026-01-31T02%3A00%3A00Z&to=2026-01-31T08%3A00%3A00Z");
    expect(viewHref("/signals/replication", preset, { range: "1h", region: "westeurope" })).toBe(
      "/signals/replication?range=1h&at=2026-01-31T08%3A00%3A00Z&region=westeurope",
    );
  });

  it("shows and reads the time inputs as UTC, 24 h, YYYY-MM-DD HH:MM (never the browser's locale)", () => {
    expect(toUtcInput("2026-01-31T20:05:09Z")).toBe("2026-01-31 20:05");
    expect(fromUtcInput("2026-01-31 20:05")).toBe("2026-01-31T20:05:00Z");
    expect(fromUtcInput("2026-01-31T08:05")).toBe("2026-01-31T08:05:00Z");
    expect(fromUtcInput("01/31/2026, 08:05 PM")).toBeNull();
    expect(fromUtcInput("31/01/2026")).toBeNull();
  });

  // An incident's page links back to the list of the view it was opened from, saying which.
  it("says a view's window in words for a link back to it", () => {
    const window = { from: "2026-01-31T08:00:00.000Z", to: "2026-01-31T09:30:00.000Z" };
    expect(viewRangeWords({ range: "30d", ...window })).toBe("in the last 30 days");
    expect(viewRangeWords({ range: "1h", ...window })).toBe("in the last hour");
    expect(viewRangeWords({ range: "15m", ...window })).toBe("in the last 15 minutes");
    expect(viewRangeWords({ range: "custom", ...window })).toBe("from 2026-01-31 08:00 UTC to 2026-01-31 09:30 UTC");
  });
});
