import { formatUtc } from "@/lib/format/units";
import type { Snapshot } from "@/lib/snapshot/types";

export function SplitBrainList({ splitBrain, raceWindowMs }: { splitBrain: Snapshot["splitBrain"]; raceWindowMs: number }) {
  if (splitBrain.races.length === 0) {
    return <p className="text-sm">No writes to the same entity from different regions within {raceWindowMs} ms in this range.</p>;
  }
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="font-bold">{splitBrain.count}</span> race{splitBrain.count === 1 ? "" : "s"} within {raceWindowMs} ms
        {splitBrain.races.length < splitBrain.count ? ` (latest ${splitBrain.races.length} shown)` : ""}:
      </p>
      <ul className="max-h-40 space-y-0.5 overflow-auto" tabIndex={0} aria-label="Latest races">
        {splitBrain.races.slice(-10).map((race) => (
          <li key={`${race.entityId}-${race.first}`} className="font-mono text-xs">
            {formatUtc(race.first)} {race.entityId}: {race.writes} writes from {race.regions.join(" + ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
