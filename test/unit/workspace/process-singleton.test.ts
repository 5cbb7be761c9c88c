import { describe, expect, it, vi } from "vitest";
import { loadConfigFile } from "@/lib/config/load";

/**
 * `next build` gives every route its own copy of each module. These tests load a module twice
 * (vi.resetModules) the way two route bundles do, and check that the copies share one process-wide
 * workspace, gateway and snapshot memo, and recognise each other's errors.
 */
const demo = loadConfigFile("config/demo.json");
const config = { ...demo, embedded: { ...demo.embedded, days: 1 } };

async function twoCopies<T>(load: () => Promise<T>): Promise<[T, T]> {
  vi.resetModules();
  const first = await load();
  vi.resetModules();
  const second = await load();
  return [first, second];
}

describe("process-wide state across module copies (one per Next route bundle)", () => {
  it("builds the embedded workspace once and hands every copy the same gateway", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const [a, b] = await twoCopies(() => import("@/lib/wiring/source"));
    expect(a.getSource).not.toBe(b.getSource); // really two copies of the module
    const gateway = a.getSource(config);
    expect(b.getSource(config)).toBe(gateway);
    b.warmUpEmbedded(config); // already built: no second build
    const builds = log.mock.calls.filter(([line]) => String(line).startsWith("embedded workspace ready:"));
    expect(builds).toHaveLength(1);
    // A different configuration is a different workspace, not the stale one.
    const other = { ...config, embedded: { ...config.embedded, seed: config.embedded.seed + 1 } };
    expect(b.getSource(other)).not.toBe(gateway);
    log.mockRestore();
  }, 60_000);

  it("recognises an UpstreamError thrown by another copy (the gateway's) and nothing else", async () => {
    const [a, b] = await twoCopies(() => import("@/lib/gateway/upstream-error"));
    expect(a.UpstreamError).not.toBe(b.UpstreamError);
    const thrown = new a.UpstreamError("throttled", "429 from Log Analytics", { status: 429 });
    expect(thrown instanceof b.UpstreamError).toBe(true);
    expect(b.asUpstreamError(thrown)).toBe(thrown); // keeps its kind and Retry-After, not re-wrapped as "query"
    expect(new Error("x") instanceof b.UpstreamError).toBe(false);
    expect((null as unknown as object) instanceof b.UpstreamError).toBe(false);
  });

  it("recognises a SourceUnavailableError thrown by another copy", async () => {
    const [a, b] = await twoCopies(() => import("@/lib/signals/runtime/context"));
    expect(a.SourceUnavailableError).not.toBe(b.SourceUnavailableError);
    expect(new a.SourceUnavailableError("no workspace") instanceof b.SourceUnavailableError).toBe(true);
    expect(new TypeError("x") instanceof b.SourceUnavailableError).toBe(false);
  });
});
