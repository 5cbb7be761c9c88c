import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { APIS, PAGES, PROBES } from "./fixtures";

process.env.DASHBOARD_CONFIG = "config/demo.json";
let proxy: typeof import("@/proxy").proxy;
beforeAll(async () => {
  proxy = (await import("@/proxy")).proxy;
});

describe("proxy with sign-in off (demo)", () => {
  it("lets every route through as anonymous, overriding a forged principal", async () => {
    for (const path of [...PAGES, ...APIS, ...PROBES]) {
      const res = await proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers: { "x-aad-principal": "kiosk" } }));
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      expect(res.headers.get("x-middleware-request-x-aad-principal"), path).toBe("anonymous");
      expect(res.headers.get("content-security-policy"), path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    }
  });
});
