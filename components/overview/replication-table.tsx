import { formatSeconds } from "@/lib/format/units";
import type { ReplicationSnapshot } from "@/lib/snapshot/types";
import { RangeWorstCell } from "@/components/status/range-worst";
import { StatusWithReason, Td, Th } from "./cells";

/** Every pair in both directions: lag is not symmetric, so each direction has its own row. */
export function ReplicationTable({ pairs }: { pairs: readonly ReplicationSnapshot[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Replication lag per pair and direction against the RPO budget</caption>
      <thead>
        <tr>
          <Th>Tier</Th>
          <Th>Direction</Th>
          <Th>Now</Th>
          <Th>In this range</Th>
          <Th align="right">Lag now</Th>
          <Th align="right">p99</Th>
          <Th align="right">Max</Th>
          <Th align="right">RPO budget</Th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.tier}-${p.source}-${p.target}`} data-pair={`${p.tier}:${p.source}->${p.target}`}>
            <Td>{p.tier}</Td>
            <Td>
              {p.source} → {p.target}
            </Td>
            <Td>
              <StatusWithReason status={p.status} reason={p.reason} label={`${p.tier} ${p.source} to ${p.target}`} />
            </Td>
            <Td>
              <RangeWorstCell worst={p.rangeWorst} label={`${p.tier} ${p.source} to ${p.target}`} />
            </Td>
            <Td align="right">{formatSeconds(p.lagSecondsNow)}</Td>
            <Td align="right">{formatSeconds(p.lagSecondsP99)}</Td>
            <Td align="right">{formatSeconds(p.lagSecondsMax)}</Td>
            <Td align="right">{formatSeconds(p.budgetSeconds)}</Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
