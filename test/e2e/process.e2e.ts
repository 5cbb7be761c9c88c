import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { SERVER_LOG } from "./global-setup";

/**
 * The production server bundles each route separately; module-level state would be per route. Against the
 * real production server: every kind of route is served from the one workspace built at start-up.
 */
describe("one embedded workspace per server process", () => {
  const baseUrl = inject("baseUrl");

  it("is built once at start-up and reused by API routes, pages and the wall", async () => {
    for (const path of ["/api/snapshot?range=1h", "/wall", "/api/signals/replication/series?range=1h", "/review", "/api/wall/today", "/"]) {
      const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(120_000) });
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    const builds = readFileSync(SERVER_LOG, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("embedded workspace ready:"));
    expect(builds).toHaveLength(1);
  }, 300_000);
});
