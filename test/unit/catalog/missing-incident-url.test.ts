import { describe, expect, it } from "vitest";
import { missingIncidentRewrite, missingIncidentUrl } from "@/lib/catalog/incident-page";

const seen = (pathAndQuery: string) => new URL(pathAndQuery, "http://request.invalid");

describe("missingIncidentUrl: which incident a not-found render is about", () => {
  it("reads the incident from the URL itself (dev server) or from /_missing's `from` (the production server runs proxy.ts again on the rewrite)", () => {
    const original = new URL("http://localhost:3000/incidents/uksouth-2099-01-01T00%3A00%3A00Z?range=7d");
    const rewrite = missingIncidentRewrite(original);
    expect(rewrite.pathname).toBe("/_missing");
    const fromRewrite = missingIncidentUrl(seen(`${rewrite.pathname}${rewrite.search}`));
    expect(fromRewrite?.pathname).toBe("/incidents/uksouth-2099-01-01T00%3A00%3A00Z");
    expect(fromRewrite?.searchParams.get("range")).toBe("7d");
    expect(missingIncidentUrl(seen("/incidents/uksouth-2099-01-01T00:00:00Z"))?.pathname).toBe("/incidents/uksouth-2099-01-01T00:00:00Z");
  });

  it("is null for any other page, and for a `from` that is not an incident page (it is only ever read as one)", () => {
    for (const p of ["/", "/nowhere", "/_missing", "/_missing?from=/wall", "/_missing?from=//evil.example/incidents/x", "/_missing?from=/incidents/a/b", "/wall?from=/incidents/x"]) {
      expect(missingIncidentUrl(seen(p)), p).toBeNull();
    }
  });
});
