import { StatusBadge } from "@/components/status/status-badge";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import { survivorMeasures } from "@/lib/format/incident-reasons";
import type { IncidentSnapshot } from "@/lib/snapshot/types";
import { Td, Th } from "./cells";


/** Measured RTO and RPO (per tier) against their budgets, with when each milestone happened. */
export function IncidentMeasures({ incident }: { incident: IncidentSnapshot }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-measure="rto">
        <dt className="text-slate-600">Measured RTO</dt>
        <dd className="flex items-center gap-2">
          <span className="text-lg font-bold tabular-nums">
            {incident.recoveredAt ? formatSeconds(incident.rtoSeconds) : `still open, ${formatSeconds(incident.elapsedSeconds)} so far`}
          </span>
          <span className="text-slate-600">budget {formatSeconds(incident.rtoBudgetSeconds)}</span>
          <StatusBadge status={incident.rtoStatus} label="RTO against budget" />
        </dd>
        <dt className="text-slate-600">Time to detect</dt>
        <dd data-measure="ttd">
          {incident.timeToDetectSeconds == null
            ? "not measured"
            : `${formatSeconds(incident.timeToDetectSeconds)} (${incident.detectedBy === "burn-alert" ? "page burn-rate alert" : "Front Door flip"} at ${formatUtc(incident.detectedAt)})`}
        </dd>
        <dt className="text-slate-600">Failback</dt>
        <dd data-measure="failback">
          {incident.readmittedAt == null
            ? "origin not re-admitted yet"
            : incident.failbackSeconds == null
              ? `re-admitted ${formatUtc(incident.readmittedAt)}; traffic share not yet back within 10 % of before`
              : `${formatSeconds(incident.failbackSeconds)} from re-admission (${formatUtc(incident.readmittedAt)}) to its pre-incident traffic share`}
        </dd>
        <dt className="text-slate-600">Error window</dt>
        <dd>{formatSeconds(incident.errorWindowSeconds)} of edge error ratio ≥ 1 %</dd>
        <dt className="text-slate-600">Survivor</dt>
        <dd className="flex flex-wrap items-center gap-2" data-measure="survivor">
          <StatusBadge status={incident.survivor.status} label="survivor headroom" />
          {incident.survivor.region === null && incident.survivor.downToo && incident.survivor.status === "breach"
            ? `none: ${incident.survivor.downToo.join(", ")} failed too`
            : incident.survivor.ranOut === null
            ? "no CPU or Cosmos samples from the surviving regions"
            : `${incident.survivor.ranOut ? "ran out" : incident.survivor.stillCarrying ? "holding so far" : "held in the 10 min after recovery"}: ${survivorMeasures(incident.survivor)}`}
        </dd>
        <dt className="text-slate-600">Started</dt>
        <dd>{formatUtc(incident.start)}</dd>
        <dt className="text-slate-600">Evicted</dt>
        <dd>{incident.evictedAt ? formatUtc(incident.evictedAt) : "not evicted from edge traffic"}</dd>
        <dt className="text-slate-600">Recovered</dt>
        <dd>{incident.recoveredAt ? formatUtc(incident.recoveredAt) : "not yet"}</dd>
      </dl>
      <table className="w-full border-collapse text-sm" data-measure="rpo">
        <caption className="text-left font-semibold">
          RPO: replication lag at the start, per tier (worst {formatSeconds(incident.rpoSeconds)})
        </caption>
        <thead>
          <tr>
            <Th>Tier</Th>
            <Th>Direction</Th>
            <Th align="right">Lag at start</Th>
            <Th align="right">Budget</Th>
            <Th>
              <span className="pl-3">Status</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {incident.rpoTiers.map((t) => (
            <tr key={`${t.tier}-${t.source}-${t.target}`}>
              <Td>{t.tier}</Td>
              <Td>
                {t.source} → {t.target}
              </Td>
              <Td align="right">{t.lagSeconds === null ? "no sample" : formatSeconds(t.lagSeconds)}</Td>
              <Td align="right">{formatSeconds(t.budgetSeconds)}</Td>
              <Td>
                <span className="pl-3">
                  <StatusBadge status={t.status} label={`RPO ${t.tier}`} />
                </span>
              </Td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
