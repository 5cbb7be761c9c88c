import { describe, expect, it } from "vitest";
import { admitReplay, MAX_IN_FLIGHT, MAX_PER_CLIENT, ReplayRefused } from "@/lib/catalog/admission";

const DAY = 86_400_000;
const range = (days: number) => ({ from: new Date(Date.UTC(2026, 0, 31) - days * DAY), to: new Date(Date.UTC(2026, 0, 31)) });

/** A replay that runs until released, so tests control how many compute at once. */
function held() {
  let release = () => {};
  const done = new Promise<string>((resolve) => (release = () => resolve("done")));
  return { compute: () => done, release: () => release() };
}

async function refusal(p: Promise<unknown>): Promise<ReplayRefused> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ReplayRefused) return err;
    throw err;
  }
  throw new Error("admitted");
}

describe("replay admission", () => {
  it("refuses absurd work up front with 422 saying why", async () => {
    const err = await refusal(admitReplay(range(90), "a", async () => "x"));
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/90\.0-day replay .*at most 62 days/);
    expect(err.allowed).toBe("from and to at most 62 days apart for a snapshot (charts and rows take up to 90)");
    await expect(admitReplay(range(30), "a", async () => "ok")).resolves.toBe("ok");
  });

  it("caps one client's replays computing at once, then admits again when they finish", async () => {
    const jobs = Array.from({ length: MAX_PER_CLIENT }, held);
    const running = jobs.map((j) => admitReplay(range(30), "alice", j.compute));
    const err = await refusal(admitReplay(range(30), "alice", async () => "x"));
    expect(err.status).toBe(429);
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.message).toMatch(/2 replays of yours are still computing/);
    // Someone else is not held back by alice.
    await expect(admitReplay(range(30), "bob", async () => "bob's")).resolves.toBe("bob's");
    for (const j of jobs) j.release();
    await Promise.all(running);
    await expect(admitReplay(range(30), "alice", async () => "again")).resolves.toBe("again");
  });

  it("caps the process's replays computing at once with 503", async () => {
    const jobs = Array.from({ length: MAX_IN_FLIGHT }, held);
    const running = jobs.map((j, i) => admitReplay(range(7), `client-${i}`, j.compute));
    const err = await refusal(admitReplay(range(7), "late", async () => "x"));
    expect(err.status).toBe(503);
    expect(err.message).toMatch(/6 replays are computing on this server/);
    for (const j of jobs) j.release();
    await Promise.all(running);
    await expect(admitReplay(range(7), "late", async () => "in")).resolves.toBe("in");
  });
});
