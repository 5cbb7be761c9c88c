import Link from "next/link";
import { StatusBadge } from "@/components/status/status-badge";
import { incidentId } from "@/lib/charts/incident";
import { formatSeconds, formatUtc } from "@/lib/format/units";
import type { IncidentSnapshot } from "@/lib/snapshot/types";
import { Td, Th } from "./cells";
import { IncidentReasons } from "@/components/status/incident-reasons";
import { RtoClock } from "./rto-clock";

export interface IncidentsTableProps {
  incidents: readonly IncidentSnapshot[];
  asOf: string;
  live: boolean;
  /** Link to the incident timeline, keeping the view's other URL state. */
  hrefFor: (id: string) => string;
  /** Show at most this many, newest first. */
  limit?: number;
}

/** Incidents and drills, newest first, open ones with a running RTO clock against the budget. */
export function IncidentsTable({ incidents, asOf, live, hrefFor, limit = 8 }: IncidentsTableProps) {
  const newestFirst = [...incidents].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, limit);
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Incidents and drills with measured RTO and RPO against budgets</caption>
      <thead>
        <tr>
          <Th>Started</Th>
          <Th>Region</Th>
          <Th>Kind</Th>
          <Th>Status</Th>
          <Th>RTO (clock)</Th>
          <Th align="right">RPO</Th>
          <Th>Timeline</Th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((i) => {
          const id = incidentId(i);
          // The RPO is the worst tier's lag, so it is compared with that tier's budget.
          const worst = i.rpoTiers.reduce<(typeof i.rpoTiers)[number] | null>((w, t) => (!w || (t.lagSeconds ?? -1) > (w.lagSeconds ?? -1) ? t : w), null);
          const budget = worst?.budgetSeconds ?? null;
          return (
            <tr key={id} data-incident={id}>
              <Td>{formatUtc(i.start)}</Td>
              <Td>{i.region}</Td>
              <Td>{i.kind === "drill" ? "drill" : "real"}</Td>
              <Td>
                <StatusBadge status={i.status} label={`incident ${id}`} />
                <IncidentReasons reasons={i.reasons} className="text-xs" />
              </Td>
              <Td>
                <RtoClock start={i.start} recoveredAt={i.recoveredAt} rtoSeconds={i.rtoSeconds} budgetSeconds={i.rtoBudgetSeconds} asOf={asOf} live={live} status={i.rtoStatus} />
              </Td>
              <Td align="right">
                {formatSeconds(i.rpoSeconds)}
                {budget != null && <span className="text-xs text-slate-600"> / {formatSeconds(budget)}</span>}
              </Td>
              <Td>
                <Link className="font-medium text-blue-800 underline" href={hrefFor(id)}>
                  Open timeline<span className="sr-only"> of the {i.region} {i.kind} at {formatUtc(i.start)}</span>
                </Link>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
