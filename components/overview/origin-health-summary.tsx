import { formatUtc } from "@/lib/format/units";
import type { ShownSnapshot } from "@/lib/snapshot/types";
import { OriginHealthWord } from "./cells";

/** Each region's origin health now, then the flips and probe-blind spans of the range. */
export function OriginHealthSummary({ snapshot }: { snapshot: ShownSnapshot }) {
  return (
    <div className="grid gap-2 text-sm md:grid-cols-2">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 md:col-span-2" aria-label="Origin health now">
        {snapshot.regions.map((r) => (
          <li key={r.id} data-origin-region={r.id} className="flex items-baseline gap-2">
            <span className="font-semibold">{r.displayName}</span>
            <OriginHealthWord status={r.originStatus} reason={r.originReason} />
          </li>
        ))}
      </ul>
      {snapshot.originFilter?.hidden && (
        <p className="font-medium md:col-span-2" data-origin-hidden="">
          {snapshot.originFilter.hidden}
        </p>
      )}
      <div>
        <h3 className="font-semibold">Flips in range ({snapshot.originFlips.length})</h3>
        {snapshot.originFlips.length === 0 ? (
          <p data-value="no-flips">{snapshot.originFilter?.noFlips ?? "No origin changed health state."}</p>
        ) : (
          <ul className="max-h-40 overflow-auto font-mono text-xs" tabIndex={0} aria-label="Flips">
            {snapshot.originFlips.slice(-20).map((f) => (
              <li key={`${f.origin}-${f.at}`}>
                {formatUtc(f.at)} {f.region} → {f.to === "unhealthy" ? "✕ unhealthy" : "✓ healthy"}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Probe-blind spans ({snapshot.probeBlind.length})</h3>
        {snapshot.probeBlind.length === 0 ? (
          <p>{snapshot.originFilter?.noProbeBlind ?? "None: probes agreed with the edge errors."}</p>
        ) : (
          <ul className="max-h-40 overflow-auto font-mono text-xs" tabIndex={0} aria-label="Probe-blind spans">
            {snapshot.probeBlind.map((p) => (
              <li key={`${p.origin}-${p.from}`}>
                {formatUtc(p.from)} → {formatUtc(p.to)} {p.region}
                {p.everyOrigin && <span data-every-origin=""> · every origin at once: likely Front Door</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
