import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Headline } from "@/components/review/headline";
import { periodWindow } from "@/lib/review/window";
import type { PeriodReview, ReviewReport } from "@/lib/review/types";
import { periodVerdict } from "@/lib/review/verdict";

/** The review's headline sentence says when a period's data starts late, not only its card. */
const now = new Date("2026-11-20T12:00:00Z");
const budget = { target: 0.9995, windowMinutes: 43_200, allowedDowntimeMinutes: 21.6, downtimeMinutes: 0, remainingDowntimeMinutes: 21.6, errorBudgetRemainingRatio: 0.9, errorBudgetUsedRatio: 0.1, sli: 0.99995, met: true };

function period(label: string, from: Date, firstDataMs: number | null): PeriodReview {
  const window = periodWindow({ id: label, label, from, to: now, now, firstDataMs });
  return { window, budget, verdict: periodVerdict({ window, budget }), incidents: [] } as unknown as PeriodReview;
}

const text = (report: ReviewReport) => renderToStaticMarkup(createElement(Headline, { report })).replace(/<[^>]+>/g, "");

describe("review headline", () => {
  it("a rolling window whose data began an hour ago says so in the sentence; a covered month does not", () => {
    const rolling = period("Rolling 30 days", new Date(now.getTime() - 30 * 86_400_000), now.getTime() - 3600_000);
    const month = period("November 2026", new Date("2026-11-01T00:00:00Z"), Date.parse("2026-10-01T00:00:00Z"));
    const out = text({ month, rolling, rtoBudgetSeconds: 300 } as unknown as ReviewReport);
    expect(out).toContain("Rolling 30 days (data from 20 Nov 2026 11:00 UTC; the period before it is not measured): availability promise kept");
    expect(out).toContain("November 2026: availability promise kept");
  });

  it("a month that kept the promise but overspent its bad minutes names both bases, never 'kept' beside an unexplained 'overspent'", () => {
    const window = periodWindow({ id: "m", label: "November 2026", from: new Date("2026-11-01T00:00:00Z"), to: now, now, firstDataMs: Date.parse("2026-10-01T00:00:00Z") });
    const overspent = { ...budget, downtimeMinutes: 35.5, remainingDowntimeMinutes: 21.6 - 35.5, sli: 0.99962 };
    const v = periodVerdict({ window, budget: overspent });
    expect(v.sentence).toBe("November 2026: availability promise kept (99.962 % of requests succeeded vs 99.95 % promised), but 35.5 bad minutes against 21.6 allowed (13.9 over).");
    expect(v.short).toBe("Target met; bad minutes over their allowance");
    expect(v.downtimeOverspent).toBe(true);
    const within = periodVerdict({ window, budget: { ...budget, downtimeMinutes: 2, remainingDowntimeMinutes: 19.6 } });
    expect(within.sentence).toBe("November 2026: availability promise kept (99.995 % of requests succeeded vs 99.95 % promised); 2.0 of 21.6 bad minutes allowed used (19.6 min left).");
    const missed = periodVerdict({ window, budget: { ...overspent, sli: 0.999, met: false } });
    expect(missed.sentence).toContain("availability promise missed (99.900 % of requests succeeded vs 99.95 % promised); 35.5 bad minutes against 21.6 allowed");
    expect(missed.short).toBe("Target missed; bad minutes over their allowance");
  });

  it("a period without data claims nothing", () => {
    const window = periodWindow({ id: "m", label: "October 2026", from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-11-01T00:00:00Z"), now, firstDataMs: null });
    const v = periodVerdict({ window, budget: { ...budget, sli: null, met: null, downtimeMinutes: null, remainingDowntimeMinutes: null } });
    expect(v).toEqual({ sentence: "October 2026: no data, nothing is claimed.", short: "No data for this period", downtimeOverspent: null });
  });
});
