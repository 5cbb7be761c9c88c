import { afterEach, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { cachedPeriodLoader, setReviewOffload } from "@/lib/review/cache";
import { INCIDENT_FOLLOW_MS } from "@/lib/review/incidents";
import type { PeriodSpec } from "@/lib/review/period";
import type { PeriodReview } from "@/lib/review/types";
import type { LogsSource } from "@/lib/workspace/types";

/**
 * A month that has ended is cached without the clock, but not before an incident that started in it
 * can no longer change: one running over midnight is followed up to a day (lib/review/incidents.ts),
 * and November computed at 00:05 on 1 Dec kept saying "still not recovered" after it had recovered.
 */
const config = loadConfigFile("config/demo.json");
const source = { kind: "embedded" } as unknown as LogsSource;

afterEach(() => setReviewOffload(undefined));

describe("review period cache around a month's end", () => {
  it("recomputes an ended month while an incident of it can still be followed, and only then keys it as settled", async () => {
    const calls: string[] = [];
    setReviewOffload(() => async (spec: PeriodSpec, now: Date) => {
      calls.push(now.toISOString());
      return { window: { id: spec.id } } as unknown as PeriodReview;
    });
    const end = Date.parse("2031-12-01T00:00:00Z");
    const spec: PeriodSpec = { id: "cache-test-2031-11", label: "Nov 2031", from: new Date("2031-11-01T00:00:00Z"), to: new Date(end) };
    const at = (ms: number) => cachedPeriodLoader(config, source, new Date(ms))(spec);
    await at(end + 5 * 60_000);
    await at(end + 60 * 60_000);
    expect(calls.length).toBe(2);
    await at(end + INCIDENT_FOLLOW_MS);
    await at(end + INCIDENT_FOLLOW_MS + 5 * 60_000);
    expect(calls.length).toBe(3);
  });
});
