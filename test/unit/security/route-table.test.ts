import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routeOf, routeParametersMarkdown } from "@/lib/security/route-table";
import { allowedMethods, API_ROUTES } from "@/lib/security/routes";

/** Which route answers a path, the way Next picks it; the routes' own reading is test/integration/security/route-table.test.ts. */
describe("the route table", () => {
  it("finds a path's route by Next's precedence: static before [one] before a catch-all", () => {
    expect(routeOf("/")?.route).toBe("/");
    expect(routeOf("//wall/")?.route).toBe("/wall");
    expect(routeOf("/signals/replication")?.route).toBe("/signals/[signal]");
    expect(routeOf("/signals")).toBeUndefined();
    expect(routeOf("/signals/a/b")).toBeUndefined();
    expect(routeOf("/incidents")?.route).toBe("/incidents");
    expect(routeOf("/incidents/uksouth-2026-01-01T00:00:00Z")?.route).toBe("/incidents/[id]");
    expect(routeOf("/api/review/history.csv")?.route).toBe("/api/review/history.csv");
    expect(routeOf("/api/signals/replication/rows")?.route).toBe("/api/signals/[signal]/rows");
    expect(routeOf("/api/signals/replication")?.route).toBe("/api/[[...path]]");
    expect(routeOf("/api")?.route).toBe("/api/[[...path]]");
    expect(routeOf("/api/auth/signin/azure-ad")?.route).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/icons/icon-192.png")).toBeUndefined();
  });

  it("gives the methods: pages read, /api adds OPTIONS, the sign-in flow adds POST", () => {
    expect(allowedMethods("/wall")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/nowhere")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/favicon.ico")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/auth/callback/azure-ad")).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
  });

  it("names the API routes in the JSON 404 as before", () => {
    const before = "/api/health, /api/ready, /api/snapshot, /api/signals/<signal>/series, /api/signals/<signal>/rows, /api/review, /api/review/history.csv, /api/review/incidents.csv, /api/wall/today, /api/doctor, /api/kiosk";
    expect(API_ROUTES.join(", ")).toBe(before);
  });

  // What each parameter accepts is test/unit/docs/request-parameters.test.ts.
  it("is what docs/security.md lists", () => {
    expect(readFileSync("docs/security.md", "utf8")).toContain(routeParametersMarkdown());
  });
});
