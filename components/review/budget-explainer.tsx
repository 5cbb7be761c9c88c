import { formatMinutes } from "@/lib/format/units";
import type { PeriodReview } from "@/lib/review/types";
import { formatBudgetRatio, formatTarget } from "./format";

/** The two budgets in plain words with this period's own numbers (budget maths is where SLO reports lose people). */
export function BudgetExplainer({ period }: { period: PeriodReview }) {
  const b = period.budget;
  const days = +(b.windowMinutes / 1440).toFixed(1);
  return (
    <aside className="break-inside-avoid rounded border-l-4 border-slate-400 bg-white p-3 text-sm" aria-label="How to read the budgets">
      <p>
        <strong>Error budget (requests).</strong> A target of {formatTarget(b.target)} allows {+((1 - b.target) * 100).toFixed(4)} % of
        requests to fail (5xx or timeout; 499 is left out). &ldquo;Used {formatBudgetRatio(b.errorBudgetUsedRatio)}&rdquo; means the
        failed requests so far are that share of the allowance; above 100 % the target is missed and &ldquo;remaining&rdquo; goes
        negative.
      </p>
      <p className="mt-1">
        <strong>Downtime budget (minutes).</strong> A minute is down when more than 1 % of its requests failed. Allowed = (1 −
        target) × minutes in the period: {formatMinutes(b.allowedDowntimeMinutes)} over {days} days (99.9 % → 43.2 min per 30 days). A
        short total outage can fit in the request budget and still overspend the minutes, so both are shown.
      </p>
    </aside>
  );
}
