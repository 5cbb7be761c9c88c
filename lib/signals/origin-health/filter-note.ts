import type { DashboardConfig } from "@/lib/config/schema";
import type { OriginFilterNote, OriginFlip, ProbeBlindSpan } from "@/lib/snapshot/types";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the origin-health panel's lists say under a region filter (?region=): the flips and probe-blind
 * spans narrow to that region, so an empty list means "none in this region", never "no origin changed",
 * and what is left out of the other regions is counted, so a filtered page never hides a flip.
 */
export function originFilterNote(
  value: { originFlips: readonly OriginFlip[]; probeBlind: readonly ProbeBlindSpan[] },
  region: string,
  config: Pick<DashboardConfig, "regions">,
): OriginFilterNote {
  const name = (id: string) => config.regions.find((r) => r.id === id)?.displayName ?? id;
  const parts: string[] = [];
  const regions = [...new Set([...config.regions.map((r) => r.id), ...value.originFlips.map((f) => f.region), ...value.probeBlind.map((p) => p.region)])];
  for (const id of regions.filter((r) => r !== region)) {
    const flips = value.originFlips.filter((f) => f.region === id);
    const blind = value.probeBlind.filter((p) => p.region === id).length;
    const counted = [flips.length > 0 ? plural(flips.length, "flip", "flips") : "", blind > 0 ? plural(blind, "probe-blind span", "probe-blind spans") : ""].filter(Boolean);
    if (counted.length === 0) continue;
    const last = flips.at(-1);
    parts.push(`${counted.join(" and ")} in ${name(id)}${last ? ` (the last to ${last.to})` : ""}`);
  }
  return {
    region,
    noFlips: `No origin of ${name(region)} changed health state.`,
    noProbeBlind: `None in ${name(region)}: probes agreed with the edge errors.`,
    hidden: parts.length === 0 ? null : `Not shown (filtered to ${name(region)}): ${parts.join("; ")}.`,
  };
}
