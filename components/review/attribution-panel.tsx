import { formatMinutes, formatUtc } from "@/lib/format/units";
import type { PeriodReview } from "@/lib/review/types";
import { formatSli } from "./format";

const count = (n: number) => Math.round(n).toLocaleString("en-GB");

/**
 * "Is it us or Azure?" for one period: downtime and failed requests per bucket (they add up to the
 * totals printed below them), the incidents in each, and the raw and corrected SLI with every
 * correction applied and why.
 */
export function AttributionPanel({ period, id }: { period: PeriodReview; id: string }) {
  const { attribution: a, budget, corrected, corrections } = period;
  return (
    <div data-testid={id} className="break-inside-avoid space-y-3 rounded border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-bold">{period.window.label}</h3>
      <table className="w-full text-sm">
        <caption className="text-left text-xs text-slate-600">Downtime minutes and failed requests by cause</caption>
        <thead>
          <tr className="text-left">
            <th scope="col">cause</th>
            <th scope="col" className="px-2 text-right">downtime</th>
            <th scope="col" className="px-2 text-right">failed requests</th>
            <th scope="col" className="pl-2">incidents and drills</th>
          </tr>
        </thead>
        <tbody>
          {a.buckets.map((b) => (
            <tr key={b.id} data-testid={`${id}-bucket-${b.id}`} className="border-t border-slate-200">
              <th scope="row" className="text-left font-normal">
                {b.label}
              </th>
              <td className="px-2 text-right tabular-nums" data-testid={`${id}-bucket-${b.id}-downtime`}>
                {formatMinutes(b.downtimeMinutes)}
              </td>
              <td className="px-2 text-right tabular-nums">{count(b.failedRequests)}</td>
              <td className="break-all pl-2 text-xs">{b.incidents.length > 0 ? b.incidents.join(", ") : "none"}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="text-left">
              total
            </th>
            <td className="text-right tabular-nums" data-testid={`${id}-total-downtime`}>
              {formatMinutes(a.totalDowntimeMinutes)}
            </td>
            <td className="text-right tabular-nums">{count(a.totalFailedRequests)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      {a.events.length > 0 ? (
        <ul className="list-disc pl-5 text-xs" aria-label="Azure-reported events in the period">
          {a.events.map((e) => (
            <li key={e.id}>{e.sentence}</li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-600">Azure reported no platform event touching our regions in this period.</p>
      )}
      <p className="text-sm" data-testid={`${id}-corrected`}>
        SLI raw <strong>{formatSli(budget.sli)}</strong>, corrected <strong>{formatSli(corrected.sli)}</strong> · downtime raw{" "}
        {formatMinutes(budget.downtimeMinutes)}, corrected {formatMinutes(corrected.downtimeMinutes)}
      </p>
      {corrections.length > 0 ? (
        <ul className="space-y-1 text-xs" data-testid={`${id}-corrections`}>
          {corrections.map((c) => (
            <li key={`${c.from}-${c.region}`}>
              {c.kind === "maintenance" ? "Maintenance" : "Known-bad period"} {formatUtc(c.from, false)} – {formatUtc(c.to, false)} ({c.region}): {c.reason}; approved by {c.approvedBy}.
              {" "}
              {c.flag ? <strong className="text-amber-800">⚠ {c.flag}</strong> : `Removed ${c.minutesWithData} min, ${count(c.requests)} requests (${count(c.badRequests)} failed).`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-600">No SLO correction applies to this period: the corrected figures equal the raw ones.</p>
      )}
    </div>
  );
}
