import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// next-auth's route module imports "server-only", which throws outside React's server build.
vi.mock("server-only", () => ({}));

// The demo configuration: sign-in off. Routes are imported as Next runs them.
process.env.DASHBOARD_CONFIG = "config/demo.json";

/**
 * An error answer without Cache-Control may be kept by a browser or a proxy (a 404 is heuristically
 * cacheable, RFC 9111 §4.2.2) and shown after its cause is gone: `/api/kiosk` and `/api/auth/*` with
 * sign-in off answered 404 with none (found by probing the built server).
 */
describe("API error answers are never cached", () => {
  it("the kiosk-link route with sign-in off: 404, no-store", async () => {
    const { GET } = await import("@/app/api/kiosk/route");
    const res = GET(new NextRequest("http://127.0.0.1/api/kiosk?ttl=7d"));
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: "sign-in is off, so the wall needs no kiosk link" });
  });

  it("the sign-in flow with sign-in off: 404, no-store", async () => {
    const { GET } = await import("@/app/api/auth/[...nextauth]/route");
    const res = await GET(new Request("http://127.0.0.1/api/auth/session"), { params: Promise.resolve({ nextauth: ["session"] }) });
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
