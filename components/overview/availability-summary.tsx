import { formatMinutes, formatRatio } from "@/lib/format/units";
import type { AvailabilitySnapshot, BurnWindow } from "@/lib/snapshot/types";
import { AVAILABILITY_LABELS, requestBudgetText, windowLabel } from "@/lib/wall/availability-lines";
import { RangeWorstCell } from "@/components/status/range-worst";

const WINDOWS: BurnWindow[] = ["5m", "30m", "1h", "6h", "3d"];

const burn = (v: number | null) => (v == null ? "—" : `${v.toFixed(v < 10 ? 2 : 1)}×`);

export function AvailabilitySummary({ availability: a }: { availability: AvailabilitySnapshot }) {
  // Why the status can be WARN without any burn-rate alert (short, sharp outages).
  const downtimeOverspent = a.downtimeOverspent === true;
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 md:grid-cols-4">
        <dt className="text-slate-600" data-sli-window>SLI ({windowLabel(a, "d")})</dt>
        <dd className="font-semibold tabular-nums">{formatRatio(a.sli)}</dd>
        <dt className="text-slate-600">Target</dt>
        <dd className="tabular-nums">{formatRatio(a.target)}</dd>
        <dt className="text-slate-600">{AVAILABILITY_LABELS.requestBudget}</dt>
        <dd className={`tabular-nums ${a.errorBudgetStatus === "breach" ? "font-bold text-breach" : ""}`}>
          {requestBudgetText(a.errorBudgetRemainingRatio, 1) ?? "—"}
        </dd>
        <dt className="text-slate-600">{AVAILABILITY_LABELS.badMinutes} used / allowed</dt>
        <dd className={`tabular-nums ${downtimeOverspent ? "font-bold text-warn" : ""}`} data-downtime-overspent={downtimeOverspent}>
          {formatMinutes(a.downtimeMinutes)} / {formatMinutes(a.allowedDowntimeMinutes)}
          {downtimeOverspent ? " ▲ over the allowance" : ""}
        </dd>
      </dl>
      <table className="border-collapse text-sm">
        <caption className="sr-only">Burn rate per window</caption>
        <thead>
          <tr>
            <th scope="row" className="pr-3 text-left font-normal text-slate-600">
              Burn rate
            </th>
            {WINDOWS.map((w) => (
              <th key={w} scope="col" className="px-2 text-right font-semibold">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="pr-3 text-left font-normal text-slate-600">
              × budget pace
            </th>
            {WINDOWS.map((w) => (
              <td key={w} className="px-2 text-right tabular-nums" data-burn={w}>
                {burn(a.burnRates[w])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="flex items-center gap-2" data-availability-range>
        <span className="text-slate-600">In this range:</span> <RangeWorstCell worst={a.rangeWorst} label="availability" />
      </p>
      {a.alerts.length > 0 ? (
        <ul className="space-y-0.5">
          {a.alerts.map((alert) => (
            <li key={alert.rule} className="font-bold text-breach">
              {alert.severity === "page" ? "✕ PAGE" : "▲ TICKET"}: {alert.rule}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No burn-rate alert firing.</p>
      )}
      <CorrectionsNote availability={a} />
    </div>
  );
}

/** Raw and corrected SLI side by side, with every correction applied and why (never applied silently). */
function CorrectionsNote({ availability: a }: { availability: AvailabilitySnapshot }) {
  const corrections = a.corrections ?? [];
  if (corrections.length === 0) return <p className="text-xs text-slate-600">No SLO correction in the window: the SLI above is the raw one.</p>;
  return (
    <div className="space-y-1 rounded border border-slate-300 p-2" data-corrections>
      <p>
        Corrected SLI <span className="font-semibold tabular-nums" data-corrected-sli>{formatRatio(a.corrected.sli)}</span> (raw {formatRatio(a.sli)}), corrected
        downtime {formatMinutes(a.corrected.downtimeMinutes)} (raw {formatMinutes(a.downtimeMinutes)}): {a.corrected.removedMinutes} min and{" "}
        {Math.round(a.corrected.removedRequests).toLocaleString("en-GB")} requests taken out.
      </p>
      <ul className="space-y-0.5 text-xs">
        {corrections.map((c) => (
          <li key={`${c.from}-${c.region}`} data-correction-flag={c.flag ?? ""}>
            {c.kind === "maintenance" ? "Maintenance" : "Known-bad period"} {c.from} – {c.to} ({c.region}): {c.reason}; approved by {c.approvedBy}.{" "}
            {c.flag ? <strong className="text-warn">▲ {c.flag}</strong> : `${c.minutesWithData} min, ${Math.round(c.requests).toLocaleString("en-GB")} requests removed.`}
          </li>
        ))}
      </ul>
    </div>
  );
}
