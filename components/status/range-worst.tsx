import { formatSeconds } from "@/lib/format/units";
import type { RangeWorst } from "@/lib/snapshot/types";
import { StatusBadge } from "./status-badge";

/**
 * The worst a row reached in the range shown, next to its "now" status: a 24 h view must never show a
 * plain OK beside a breach it contains (SIGNALS 3.1). Rendered from the snapshot's rangeWorst only.
 */
export function RangeWorstCell({ worst, label }: { worst: RangeWorst; label: string }) {
  return (
    <span className="inline-flex flex-col gap-0.5" data-range-worst={worst.status}>
      <span className="inline-flex items-center gap-1">
        <StatusBadge status={worst.status} label={`${label} in this range`} />
        {worst.overBudgetSeconds ? <span className="text-xs tabular-nums" data-over-budget-seconds={worst.overBudgetSeconds}>{formatSeconds(worst.overBudgetSeconds)} over</span> : null}
      </span>
      {worst.reason && (
        <span className="max-w-xs text-xs text-slate-700" data-range-reason>
          {worst.reason}
        </span>
      )}
    </span>
  );
}
