/**
 * An incident's reasons in plain sentences (SIGNALS 3.4): RTO, RPO per tier and the survivor, computed
 * once for the incident signal and the simulator's truth, and the survivor's measures for the pages.
 */
import type { Status } from "@/lib/snapshot/types";
import { formatPercent, formatSeconds } from "./units";

export function rtoReason(args: { status: Status; open: boolean; elapsedSeconds: number; rtoBudgetSeconds: number }): string | null {
  const budget = formatSeconds(args.rtoBudgetSeconds);
  if (args.status === "breach") {
    return args.open
      ? `Still not recovered after ${formatSeconds(args.elapsedSeconds)}, past the ${budget} RTO budget.`
      : `Recovery took ${formatSeconds(args.elapsedSeconds)}, over the ${budget} RTO budget.`;
  }
  if (args.status === "warn") return `Not recovered yet: ${formatSeconds(args.elapsedSeconds)} so far of the ${budget} RTO budget.`;
  return null;
}

export function rpoReason(tier: { tier: string; lagSeconds: number | null; budgetSeconds: number; status: Status }): string | null {
  if (tier.status !== "breach" || tier.lagSeconds === null) return null;
  return `RPO ${tier.tier}: ${formatSeconds(tier.lagSeconds)} of writes not yet replicated at the start, over the ${formatSeconds(tier.budgetSeconds)} budget.`;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function survivorReason(args: {
  status: Status;
  region: string | null;
  peakPercent: number | null;
  throttled429: number | null;
  ranOut: boolean | null;
  consecutive429: boolean;
  warnPercent: number;
  /** The other regions that failed too (ids), named through regionName. */
  downToo?: readonly string[];
  /** The regions that stayed up, when more than one did: the 429s are theirs together. */
  carriedBy?: readonly string[];
  regionName?: (id: string) => string;
}): string | null {
  if (args.status === "breach" && args.region === null && args.downToo && args.downToo.length > 0) {
    const names = args.downToo.map((id) => args.regionName?.(id) ?? id);
    return `No region stayed up to carry the load: ${joinNames(names)} failed too.`;
  }
  const who = args.region ?? "the surviving region";
  const peak = formatPercent(args.peakPercent);
  const throttled = args.throttled429 ? `, ${args.throttled429} requests throttled (429)${across(args.carriedBy, args.regionName)}` : "";
  // With three or more regions another may fail too while one survivor is left: without it said, "Survivor
  // North Europe peaked at 100 %" read as a failover onto the two others that went as planned.
  const alone = args.downToo && args.downToo.length > 0 ? `, ${joinNames(args.downToo.map((id) => args.regionName?.(id) ?? id))} down too` : "";
  if (args.status === "breach") {
    const why = args.consecutive429 && (args.peakPercent ?? 0) <= 100 ? "429s in 3 consecutive minutes" : "load above 100 %";
    return `Survivor ${who} ran out of headroom (${why}): peak ${peak}${throttled}${alone}.`;
  }
  if (args.status === "warn") return `Survivor ${who} peaked at ${peak}, above the ${formatPercent(args.warnPercent)} warn line${throttled}${alone}.`;
  return null;
}

/** " across West Europe and North Europe" when several regions shared the survivor's load, else "". */
function across(carriedBy: readonly string[] | undefined, regionName?: (id: string) => string): string {
  return carriedBy && carriedBy.length > 1 ? ` across ${joinNames(carriedBy.map((id) => regionName?.(id) ?? id))}` : "";
}

/**
 * The survivor's measures in a few words, for the incident page and the review's table:
 * "peak 104 % in westeurope, 3120 × 429"; with several survivors the 429s are said to be theirs together.
 */
export function survivorMeasures(s: { peakPercent: number | null; region: string | null; throttled429: number | null; carriedBy?: readonly string[] }, regionName?: (id: string) => string): string {
  const where = s.region ? ` in ${regionName?.(s.region) ?? s.region}` : "";
  return `peak ${formatPercent(s.peakPercent)}${where}, ${s.throttled429 ?? 0} × 429${s.throttled429 ? across(s.carriedBy, regionName) : ""}`;
}
