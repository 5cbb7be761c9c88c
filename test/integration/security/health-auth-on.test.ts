import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { SECRETS, writeAuthConfig } from "./fixtures";

// The routes read the configuration once per process: sign-in on, a 1-day demo (built in-process).
const configFile = writeAuthConfig({ demoDays: 1 });
Object.assign(process.env, SECRETS, { DASHBOARD_CONFIG: configFile, DASHBOARD_AS_OF: "2026-03-10T12:00:00Z" });
const health = await import("@/app/api/health/route");

const get = (principal: string) => health.GET(new NextRequest("http://127.0.0.1/api/health", { headers: { "x-aad-principal": principal } }));

describe("/api/health with sign-in on", () => {
  // It is public (probes cannot sign in): before, a stranger read the configuration's absolute path.
  it("shows a stranger no file path, and a signed-in user the configuration file", async () => {
    const stranger = await get("anonymous");
    expect(stranger.status).toBe(200);
    const text = await stranger.text();
    expect(text).not.toContain(configFile);
    expect(JSON.parse(text).config).toEqual({ loaded: true, name: "Contoso Payments" });
    expect((await (await get("user")).json()).config).toMatchObject({ loaded: true, file: configFile });
  });
});
