import { StatusBadge } from "@/components/status/status-badge";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import { survivorMeasures } from "@/lib/format/incident-reasons";
import type { IncidentRow } from "@/lib/review/types";
import { IncidentReasons } from "@/components/status/incident-reasons";

function Headroom({ row }: { row: IncidentRow }) {
  const h = row.survivor;
  if (h.ranOut === null) return <span className="text-slate-600">no samples</span>;
  const detail = survivorMeasures(h);
  return (
    <span data-survivor={h.status}>
      <StatusBadge status={h.status} label="survivor" /> <strong>{h.ranOut ? "ran out" : h.stillCarrying ? "holding so far" : "held in the 10 min after recovery"}</strong> <span className="text-slate-600">{detail}</span>
    </span>
  );
}

/** Every incident and drill of a period with measured RTO/RPO against their budgets. */
export function IncidentsTable({ rows, caption, testId }: { rows: readonly IncidentRow[]; caption: string; testId: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600" data-testid={testId}>{caption}: no incidents or drills.</p>;
  return (
    <table className="w-full border-collapse text-sm" data-testid={testId}>
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400 text-left">
          <th className="py-1 pr-2">Region</th>
          <th className="py-1 pr-2">Kind</th>
          <th className="py-1 pr-2">Start</th>
          <th className="py-1 pr-2">RTO vs budget</th>
          <th className="py-1 pr-2">RPO (lag at start) vs budget</th>
          <th className="py-1 pr-2">Error window</th>
          <th className="py-1 pr-2">Detected / failback</th>
          <th className="py-1 pr-2">Survivor headroom</th>
          <th className="py-1 pr-2">Status and why</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={`${i.region}@${i.start}`} className="break-inside-avoid border-b border-slate-200 align-top" data-kind={i.kind} data-incident-start={i.start}>
            <td className="py-1 pr-2">{i.region}</td>
            <td className="py-1 pr-2">{i.kind === "drill" ? "drill" : "real"}</td>
            <td className="py-1 pr-2 whitespace-nowrap">{formatUtc(i.start, false)}</td>
            <td className="py-1 pr-2">
              <StatusBadge status={i.rtoStatus} label="RTO" /> {formatSeconds(i.rtoSeconds ?? i.elapsedSeconds)} / {formatSeconds(i.rtoBudgetSeconds)}
              {i.recoveredAt === null ? <span className="text-warn"> so far (still open)</span> : null}
            </td>
            <td className="py-1 pr-2">
              <StatusBadge status={i.rpoStatus} label="RPO" />
              <ul>
                {(i.rpoTiers ?? []).map((t) => (
                  <li key={`${t.tier}-${t.source}-${t.target}`}>
                    {t.tier}: {t.lagSeconds === null ? "no sample" : formatSeconds(t.lagSeconds)} / {formatSeconds(t.budgetSeconds)}
                  </li>
                ))}
              </ul>
            </td>
            <td className="py-1 pr-2">{formatSeconds(i.errorWindowSeconds)}</td>
            <td className="py-1 pr-2" data-ttd={i.timeToDetectSeconds ?? ""} data-failback={i.failbackSeconds ?? ""}>
              detected in {i.timeToDetectSeconds == null ? "—" : formatSeconds(i.timeToDetectSeconds)}
              {i.detectedBy ? <span className="text-slate-600"> ({i.detectedBy === "burn-alert" ? "burn alert" : "flip"})</span> : null}
              <br />
              failback {i.failbackSeconds == null ? (i.readmittedAt == null ? "—" : "not complete") : formatSeconds(i.failbackSeconds)}
            </td>
            <td className="py-1 pr-2">
              <Headroom row={i} />
            </td>
            <td className="py-1 pr-2" data-incident-status={i.status}>
              <StatusBadge status={i.status} label="incident" />
              <IncidentReasons reasons={i.reasons} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
