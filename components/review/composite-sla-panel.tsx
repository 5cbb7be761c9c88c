import type { CompositeSla } from "@/lib/review/composite-sla";
import { formatSli, formatTarget } from "./format";

/** The promised composite SLA (series × redundancy, capped by the edge) next to what was measured. */
export function CompositeSlaPanel({ sla, measured, measuredLabel, target }: { sla: CompositeSla | null; measured: number | null; measuredLabel: string; target: number }) {
  if (!sla) {
    return <p className="text-sm text-slate-600">No composite SLA configured (add <code>compositeSla</code> to the configuration).</p>;
  }
  return (
    <div className="break-inside-avoid space-y-2 text-sm" data-testid="composite-sla">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">Composite SLA</dt>
          <dd className="text-xl font-bold tabular-nums">{formatTarget(sla.composite)}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">Measured ({measuredLabel})</dt>
          <dd className="text-xl font-bold tabular-nums">{formatSli(measured)}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">Our target</dt>
          <dd className="text-xl font-bold tabular-nums">{formatTarget(target)}</dd>
        </div>
        <div>
          <dt className="text-xs font-semibold uppercase text-slate-600">Per region (series)</dt>
          <dd className="text-xl font-bold tabular-nums">{formatTarget(sla.perRegion)}</dd>
        </div>
      </dl>
      <ul className="list-disc pl-5">
        <li>
          Edge: {sla.edge.name} {formatTarget(sla.edge.availability)}
          {sla.cappedByEdge ? " — caps the whole stack" : ""}
        </li>
        <li>
          In series in each of {sla.regions} redundant regions: {sla.components.map((c) => `${c.name} ${formatTarget(c.availability)}`).join(" × ")}
        </li>
      </ul>
      <p className="rounded bg-slate-100 p-2 font-mono text-xs" data-testid="composite-formula">
        {sla.formula}
      </p>
      {sla.targetAboveComposite ? (
        <p className="text-breach">
          The target {formatTarget(target)} is above what the platform SLAs promise ({formatTarget(sla.composite)}): the vendors do not back it.
        </p>
      ) : null}
    </div>
  );
}
