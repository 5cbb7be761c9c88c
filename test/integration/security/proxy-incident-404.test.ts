import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { incidentId } from "@/lib/charts/incident";
import { memoizedSnapshot } from "@/lib/catalog/serve-snapshot";
import { getConfig } from "@/lib/config/runtime";
import { getSource, sourceNow } from "@/lib/wiring/source";
import { SECRETS, writeAuthConfig } from "./fixtures";

// proxy.ts reads the configuration and secrets from the environment, once per process. The page
// cache is off: its internal render needs a server (built-app.test.ts has one).
Object.assign(process.env, SECRETS, { DASHBOARD_CONFIG: writeAuthConfig({ demoDays: 3 }), PAGE_CACHE_SECONDS: "0" });
type Proxy = typeof import("@/proxy").proxy;
let proxy: Proxy;
let cookie = "";
beforeAll(async () => {
  proxy = (await import("@/proxy")).proxy;
  cookie = `next-auth.session-token=${await encode({ token: { sub: "incident-reader" }, secret: SECRETS.NEXTAUTH_SECRET })}`;
});

const request = (path: string, method = "GET") => new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method, headers: { cookie, accept: "text/html" } });
const rewrittenTo = (res: Response) => {
  const target = res.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
};

/**
 * A page's notFound() is an empty error shell in Next 16 (its sentence drawn by the client only), so
 * proxy.ts routes an incident id naming no incident to Next's not-found route, which is rendered on
 * the server with 404 (built-app.test.ts reads that HTML from a production server).
 */
describe("proxy with an incident id naming no incident", () => {
  it("routes ids after now, before the data and inside the data with no incident then to the not-found page", async () => {
    const config = getConfig();
    const now = sourceNow();
    const region = config.regions[0].id;
    // A quiet second inside the data: no incident of the demo starts at an odd second.
    const quiet = new Date(Math.floor((now.getTime() - 86_400_000) / 60_000) * 60_000 + 17_000).toISOString().replace(".000Z", "Z");
    for (const id of [`${region}-2099-01-01T00:00:00Z`, `${region}-2001-01-01T00:00:00Z`, `${region}-${quiet}`]) {
      for (const method of ["GET", "HEAD"]) {
        const res = await proxy(request(`/incidents/${encodeURIComponent(id)}?range=7d`, method));
        expect(rewrittenTo(res), `${method} ${id}`).toBe("/_missing");
        // The production server runs proxy.ts again on /_missing: the original URL rides along in `from`.
        expect(new URL(res.headers.get("x-middleware-rewrite") ?? "http://x/").searchParams.get("from"), id).toBe(`/incidents/${encodeURIComponent(id)}?range=7d`);
        // The not-found page learns which incident from the original URL, as the page would.
        expect(res.headers.get("x-middleware-request-x-dashboard-request-url"), id).toBe(`/incidents/${encodeURIComponent(id)}?range=7d`);
        expect(res.headers.get("content-security-policy"), id).toContain("nonce-");
      }
    }
  });

  it("lets an incident that is in the data, and every other page, through to their pages", async () => {
    const config = getConfig();
    const now = sourceNow();
    const snapshot = await memoizedSnapshot({ config, source: () => getSource(config), range: { from: new Date(now.getTime() - 3 * 86_400_000), to: now }, region: undefined, live: false });
    const incident = snapshot.incidents[0];
    if (!incident) throw new Error("the 3-day demo has no incident to open");
    for (const path of [`/incidents/${encodeURIComponent(incidentId(incident))}`, "/incidents", "/", "/signals/replication"]) {
      const res = await proxy(request(path));
      expect(rewrittenTo(res), path).toBeNull();
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
    }
  });
});
