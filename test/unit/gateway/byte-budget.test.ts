import { describe, expect, it } from "vitest";
import { approxBytes } from "@/lib/gateway/byte-size";
import { ManualClock } from "@/lib/gateway/manual-clock";
import { Memo } from "@/lib/gateway/memo";
import { StaleStore } from "@/lib/gateway/stale-store";
import { TtlCache } from "@/lib/gateway/ttl-cache";

/** A query-result-like value of `rows` rows of (ISO time, number, short string). */
const table = (rows: number) => ({ columns: ["t", "v", "s"], rows: Array.from({ length: rows }, (_, i) => [new Date(i * 60_000).toISOString(), i, `r${i % 7}`]) });

describe("byte budgets", () => {
  it("estimates bytes in proportion to the value, close to V8's own accounting", () => {
    const small = approxBytes(table(1_000));
    const big = approxBytes(table(100_000));
    expect(big / small).toBeGreaterThan(90);
    expect(big / small).toBeLessThan(110);
    // 100k rows of 3 cells: between 10 and 40 MB is what such arrays occupy on the heap.
    expect(big).toBeGreaterThan(10e6);
    expect(big).toBeLessThan(40e6);
  });

  it("a TTL cache evicts the oldest entries to stay under its byte budget, and keeps nothing bigger than the budget", () => {
    const one = approxBytes(table(1_000));
    const cache = new TtlCache<unknown>(1000, 3.5 * one);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, { value: table(1_000), fetchedAt: 0, expiresAt: 1e12 });
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(3.5 * one);
    expect(cache.get("k9", 1)).toBeDefined();
    expect(cache.get("k6", 1)).toBeUndefined();
    cache.set("huge", { value: table(10_000), fetchedAt: 0, expiresAt: 1e12 });
    expect(cache.get("huge", 1)).toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it("the stale store and the memo hold their budgets too", async () => {
    const one = approxBytes(table(1_000));
    const store = new StaleStore<unknown>(1000, 2.5 * one);
    for (let i = 0; i < 5; i++) store.remember(`s${i}`, table(1_000), i);
    expect(store.bytes).toBeLessThanOrEqual(2.5 * one);
    expect(store.lastGood("s4")).toBeDefined();
    expect(store.lastGood("s0")).toBeUndefined();
    const memo = new Memo<unknown>(new ManualClock(0), 60_000, 200, undefined, 2.5 * one);
    for (let i = 0; i < 5; i++) await memo.get(`m${i}`, async () => table(1_000));
    expect(memo.bytes).toBeLessThanOrEqual(2.5 * one);
    expect(memo.bytes).toBeGreaterThan(1.5 * one);
  });
});
