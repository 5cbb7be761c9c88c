import { describe, expect, it } from "vitest";
import { untakenParameterError } from "@/lib/security/route-params";

const check = (url: string) => {
  const u = new URL(url, "http://127.0.0.1:3000");
  return untakenParameterError(u.pathname, u.searchParams);
};

describe("a parameter name that misspells one of the dashboard's (found by the outside probe)", () => {
  // Each was ignored with a 200: the whole deployment for ?Region=uksouth, the current month for ?Month=2026-10.
  it("is refused, naming the one meant and what the route takes", () => {
    expect(check("/api/snapshot?Region=uksouth")).toEqual({
      parameter: "Region",
      message: "not a parameter name (did you mean region?), so it would be ignored",
      allowed: "/api/snapshot takes at, range, from, to, region",
    });
    for (const [url, meant] of [
      ["/api/snapshot?RANGE=24h", "range"],
      ["/api/snapshot?region%20=uksouth", "region"],
      ["/api/snapshot?%20region=uksouth", "region"],
      ["/api/snapshot?region[]=uksouth", "region"],
      ["/api/snapshot?regions=uksouth", "region"],
      ["/api/snapshot?reg1on=uksouth", "region"],
      ["/api/snapshot?rnage=24h", "range"],
      ["/api/snapshot?FROM=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z", "from"],
      ["/api/review?Month=2026-10", "month"],
      ["/api/review/incidents.csv?months=2026-10", "month"],
      ["/api/signals/replication/rows?Limit=5", "limit"],
      ["/incidents?Region=uksouth", "region"],
      ["/wall?Refresh=1m", "refresh"],
    ]) {
      expect(check(url)?.message, url).toBe(`not a parameter name (did you mean ${meant}?), so it would be ignored`);
    }
  });

  it("says so when the name it resembles is not the route's either", () => {
    expect(check("/wall?Region=uksouth")).toEqual({
      parameter: "Region",
      message: "not a parameter name (/wall does not take region either), so it would be ignored",
      allowed: "/wall takes refresh, rotate, reloadHours, at",
    });
  });

  it("leaves cache busters, trackers and Next's own names alone, short ones judged by case only", () => {
    for (const url of ["/api/snapshot?v=2", "/api/snapshot?t=1", "/api/snapshot?_=17", "/api/snapshot?x=1", "/api/snapshot?utm_source=mail&utm_medium=x", "/api/snapshot?fbclid=abc&gclid=d", "/?_rsc=1x2y", "/api/signals/replication/series?w=600&cb=1", "/api/snapshot?page=2&lang=en"]) {
      expect(check(url), url).toBeUndefined();
    }
  });
});
