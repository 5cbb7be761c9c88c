import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Headline } from "@/components/review/headline";
import { periodWindow } from "@/lib/review/window";
import type { PeriodReview, ReviewReport } from "@/lib/review/types";

/** The review's headline sentence says when a period's data starts late, not only its card. */
const now = new Date("2026-11-20T12:00:00Z");
const budget = { target: 0.9995, windowMinutes: 43_200, allowedDowntimeMinutes: 21.6, downtimeMinutes: 0, remainingDowntimeMinutes: 21.6, errorBudgetRemainingRatio: 0.9, errorBudgetUsedRatio: 0.1, sli: 0.99995, met: true };

function period(label: string, from: Date, firstDataMs: number | null): PeriodReview {
  return { window: periodWindow({ id: label, label, from, to: now, now, firstDataMs }), budget, incidents: [] } as unknown as PeriodReview;
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
});
