import { StatusBadge } from "@/components/status/status-badge";
import { formatMinutes } from "@/lib/format/units";
import type { PeriodReview } from "@/lib/review/types";
import { formatBudgetRatio, formatSignedMinutes, formatSli, formatTarget } from "./format";

function Figure({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="break-inside-avoid">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="whitespace-nowrap text-xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail ? <dd className="text-xs text-slate-600">{detail}</dd> : null}
    </div>
  );
}

/** SLI against target, error budget (requests) and downtime budget (minutes) of one period. */
export function PeriodCard({ period, id }: { period: PeriodReview; id: string }) {
  const { window: w, budget: b } = period;
  const noData = w.coverage === "no-data";
  const verdict = period.verdict.short;
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id} className="break-inside-avoid space-y-3 rounded border border-slate-300 bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-lg font-bold">
          {w.label}
        </h3>
        <StatusBadge status={period.status} label={`${w.label} availability`} />
      </header>
      <p className="text-sm">
        <strong>{verdict}</strong>
        {w.coverageNote ? <span className="text-slate-600"> · {w.coverageNote}</span> : null}
      </p>
      {noData ? (
        <p className="text-sm text-slate-600">Nothing was measured, so nothing is claimed: this period is not counted as 100 %.</p>
      ) : (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label="Availability (SLI)" value={formatSli(b.sli)} detail={`target ${formatTarget(b.target)}`} testId={`${id}-sli`} />
          <Figure
            label="Error budget used"
            value={formatBudgetRatio(b.errorBudgetUsedRatio)}
            detail={`remaining ${formatBudgetRatio(b.errorBudgetRemainingRatio)} of the failed requests allowed`}
            testId={`${id}-budget-used`}
          />
          <Figure
            label="Downtime used"
            value={formatMinutes(b.downtimeMinutes)}
            detail={`of ${formatMinutes(b.allowedDowntimeMinutes)} allowed`}
            testId={`${id}-downtime`}
          />
          <Figure
            label="Downtime left"
            value={formatSignedMinutes(b.remainingDowntimeMinutes)}
            detail={period.verdict.downtimeOverspent ? "overspent" : "within budget"}
            testId={`${id}-downtime-left`}
          />
        </dl>
      )}
    </section>
  );
}
