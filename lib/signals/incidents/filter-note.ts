import type { DashboardConfig } from "@/lib/config/schema";
import { formatUtc } from "@/lib/format/units";
import type { IncidentSnapshot, IncidentsFilterNote } from "@/lib/snapshot/types";
import { headlineStatus } from "../runtime/status";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the incident panel says under a region filter (?region=): the rows narrow to that region, but
 * an incident elsewhere is not "no incident". The panel's status already covers every region (the
 * signal's own run); these sentences say what the narrowed list leaves out, an open incident first,
 * so a filtered page never reads "No incident" beside another region's outage.
 */
export function incidentsFilterNote(all: readonly IncidentSnapshot[], region: string, config: Pick<DashboardConfig, "regions">): IncidentsFilterNote {
  const name = (id: string) => config.regions.find((r) => r.id === id)?.displayName ?? id;
  const hidden = all.filter((i) => i.region !== region);
  const open = hidden.filter((i) => i.recoveredAt === null);
  const parts: string[] = [];
  // Configured order, then any region the configuration no longer names.
  const regions = [...new Set([...config.regions.map((r) => r.id), ...hidden.map((i) => i.region)])];
  for (const id of regions) {
    const mine = hidden.filter((i) => i.region === id);
    const openHere = mine.filter((i) => i.recoveredAt === null);
    for (const i of openHere) parts.push(`an open ${i.kind === "drill" ? "drill" : "incident"} in ${name(id)} since ${formatUtc(i.start, false)}`);
    const closed = mine.length - openHere.length;
    if (closed > 0) parts.push(`${plural(closed, "recovered incident or drill", "recovered incidents or drills")} in ${name(id)}`);
  }
  return {
    region,
    total: all.length,
    empty: `No incident or drill in ${name(region)} in this range.`,
    hidden: parts.length === 0 ? null : `Not shown (filtered to ${name(region)}): ${parts.join("; ")}.`,
    // The grade of what is still going on out of view; recovered ones keep their own status in their region's list.
    hiddenStatus: open.length === 0 ? null : headlineStatus(open.map((i) => i.status)),
  };
}
