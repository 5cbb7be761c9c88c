import { StatusBadge } from "@/components/status/status-badge";
import { formatLoadPercent, formatRatio } from "@/lib/format/units";
import type { RegionSnapshot } from "@/lib/snapshot/types";
import { RangeWorstCell } from "@/components/status/range-worst";
import { OriginHealthWord, Td, Th } from "./cells";

/** One row per region: origin health, traffic share, saturation and what it would carry alone. */
export function RegionsTable({ regions }: { regions: readonly RegionSnapshot[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Regions: origin health, traffic share, saturation and survivor projection</caption>
      <thead>
        <tr>
          <Th>Region</Th>
          <Th>Now</Th>
          <Th>In this range</Th>
          <Th>Origin</Th>
          <Th align="right">Traffic share</Th>
          <Th align="right">CPU</Th>
          <Th align="right">Cosmos RU</Th>
          <Th align="right">429s</Th>
          <Th align="right">If it were the survivor</Th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.id} data-overview-region={r.id}>
            <Td>
              <span className="font-medium">{r.displayName}</span> <span className="text-slate-600">({r.id})</span>
            </Td>
            <Td>
              <StatusBadge status={r.status} label={r.displayName} />
            </Td>
            <Td>
              <RangeWorstCell worst={r.rangeWorst} label={r.displayName} />
            </Td>
            <Td>
              <OriginHealthWord status={r.originStatus} reason={r.originReason} />
            </Td>
            <Td align="right">{formatRatio(r.trafficShareRatio, 1)}</Td>
            <Td align="right">{formatLoadPercent(r.cpuPercent)}</Td>
            <Td align="right">{formatLoadPercent(r.ruPercent)}</Td>
            <Td align="right">{r.throttled429 ?? "—"}</Td>
            <Td align="right">
              <span className="inline-flex flex-col items-end" data-survivor-status={r.survivorStatus} data-survivor-basis={r.survivorBasis}>
                {r.survivorBasis === "cannot-serve" ? (
                  <span className="font-bold text-breach">✕ cannot serve</span>
                ) : r.survivorBasis === "failing" ? (
                  <span className="font-bold text-breach">✕ failing requests</span>
                ) : r.survivorStatus === "warn" ? (
                  <span className="font-bold text-breach">▲ {formatLoadPercent(r.survivorProjectedPercent)} (cannot carry the load)</span>
                ) : r.survivorBasis === "unverified" ? (
                  <span className="font-bold text-slate-700">? {formatLoadPercent(r.survivorProjectedPercent)}</span>
                ) : (
                  formatLoadPercent(r.survivorProjectedPercent)
                )}
                {r.survivorCaveat && (
                  <span className="text-xs text-slate-700" data-survivor-caveat="">
                    {r.survivorCaveat}
                  </span>
                )}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
