import Link from "next/link";
import { StatusBadge } from "@/components/status/status-badge";
import { formatMinutes, formatSeconds } from "@/lib/format/units";
import type { HistoryRow } from "@/lib/review/types";
import { formatBudgetRatio, formatSignedMinutes, formatSli } from "./format";

/** Month by month, newest first; months before the data began are folded into one line, never shown as 100 %. */
export function HistoryTable({ rows }: { rows: readonly HistoryRow[] }) {
  const firstData = rows.findIndex((r) => r.window.coverage !== "no-data");
  const shown = firstData === -1 ? [] : rows.slice(firstData).reverse();
  const before = firstData === -1 ? rows : rows.slice(0, firstData);
  return (
    <div className="space-y-1">
      <table className="w-full border-collapse text-sm" data-testid="history-table">
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th className="py-1 pr-2">Month</th>
            <th className="py-1 pr-2">SLI</th>
            <th className="py-1 pr-2">Error budget used</th>
            <th className="py-1 pr-2">Downtime used / allowed</th>
            <th className="py-1 pr-2">Left</th>
            <th className="py-1 pr-2">Incidents / drills</th>
            <th className="py-1 pr-2">Worst RTO</th>
            <th className="py-1 pr-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.window.id} className="break-inside-avoid border-b border-slate-200" data-month={r.window.id} data-coverage={r.window.coverage}>
              <td className="py-1 pr-2">
                <Link className="text-blue-800 underline" href={`/review?month=${r.window.id}`}>
                  {r.window.label}
                </Link>
                {r.window.coverageNote ? <div className="text-xs text-slate-600">{r.window.coverageNote}</div> : null}
              </td>
              <td className="whitespace-nowrap py-1 pr-2 tabular-nums" data-history-sli="">
                {formatSli(r.budget.sli)}
              </td>
              <td className="py-1 pr-2 tabular-nums">{formatBudgetRatio(r.budget.errorBudgetUsedRatio)}</td>
              <td className="py-1 pr-2 tabular-nums">
                {formatMinutes(r.budget.downtimeMinutes)} / {formatMinutes(r.budget.allowedDowntimeMinutes)}
              </td>
              <td className="whitespace-nowrap py-1 pr-2 tabular-nums">{formatSignedMinutes(r.budget.remainingDowntimeMinutes)}</td>
              <td className="py-1 pr-2 tabular-nums">
                {r.window.coverage === "no-data" ? "—" : `${r.realIncidents} / ${r.drills}`}
                {r.overBudget ? <span className="text-breach"> ({r.overBudget} over budget)</span> : null}
              </td>
              <td className="py-1 pr-2 tabular-nums">{formatSeconds(r.worstRtoSeconds)}</td>
              <td className="py-1 pr-2">
                <StatusBadge status={r.status} label={r.window.label} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {before.length > 0 ? (
        <p className="text-sm text-slate-600" data-testid="history-no-data">
          No data for {before.length === 1 ? before[0].window.label : `${before[0].window.label} – ${before[before.length - 1].window.label}`} (
          {before.length} month{before.length === 1 ? "" : "s"}): not measured, not counted.
        </p>
      ) : null}
    </div>
  );
}
