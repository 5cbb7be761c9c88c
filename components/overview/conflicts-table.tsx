import type { ConflictSnapshot } from "@/lib/snapshot/types";
import { RangeWorstCell } from "@/components/status/range-worst";
import { StatusWithReason, Td, Th } from "./cells";

export function ConflictsTable({ conflicts, threshold }: { conflicts: readonly ConflictSnapshot[]; threshold: number }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Cosmos conflict-feed depth per region and container (threshold {threshold})</caption>
      <thead>
        <tr>
          <Th>Region</Th>
          <Th>Container</Th>
          <Th>Now</Th>
          <Th>In this range</Th>
          <Th align="right">Depth now</Th>
          <Th align="right">Max</Th>
          <Th>Trend</Th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => (
          <tr key={`${c.region}-${c.container}`}>
            <Td>{c.region}</Td>
            <Td mono>{c.container}</Td>
            <Td>
              <StatusWithReason status={c.status} reason={c.reason} label={`${c.region} ${c.container}`} />
            </Td>
            <Td>
              <RangeWorstCell worst={c.rangeWorst} label={`${c.region} ${c.container}`} />
            </Td>
            <Td align="right">{c.depthNow ?? "—"}</Td>
            <Td align="right">{c.depthMax ?? "—"}</Td>
            <Td>{c.growing ? <span className="font-bold text-breach">▲ growing</span> : "steady"}</Td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
