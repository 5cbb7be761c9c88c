/**
 * Incident analytics beyond RTO: time to detect, failback duration, mean time between incidents and
 * "last tested" per region. Pure functions over 10 s bins and drill markers; times in epoch ms.
 */
import { BURN_ALERT_RULES } from "@/lib/snapshot/burn-rules";
import type { BurnWindow, RegionAnalytics } from "@/lib/snapshot/types";
import { BIN_MS } from "./evaluate";

/** Every 10 s bin of the access log around an incident (none filtered): edge totals and the origin's share. */
export interface ShareBin {
  binStartMs: number;
  edgeTotal: number;
  edgeBad: number;
  originTotal: number;
}

const WINDOW_MS: Record<BurnWindow, number> = { "5m": 300_000, "30m": 1_800_000, "1h": 3_600_000, "6h": 21_600_000, "3d": 259_200_000 };

/** The page rules whose long window the analytics look-back covers: 1h & 5m (the 6h & 30m rule fires later on any outage sharp enough to page). */
export const DETECTION_LOOKBACK_MS = WINDOW_MS["1h"];
export const PAGE_RULES = BURN_ALERT_RULES.filter((r) => r.severity === "page" && WINDOW_MS[r.long] <= DETECTION_LOOKBACK_MS);

/** Traffic share back within this fraction of its pre-incident share … */
export const FAILBACK_TOLERANCE = 0.1;
/** … and held this long, counts as failed back. */
export const FAILBACK_HOLD_MS = 60_000;
/** The pre-incident share is the origin's share over this long before the start. */
export const PRE_INCIDENT_MS = 5 * 60_000;

/**
 * The end of the first 10 s bin in [fromMs, untilMs) at which a page burn-rate rule holds (both its
 * windows over factor × error budget), computed over the bins given; null when none.
 */
export function firstPageBurnMs(bins: readonly ShareBin[], fromMs: number, untilMs: number, errorBudget: number): number | null {
  if (errorBudget <= 0 || PAGE_RULES.length === 0) return null;
  const sorted = [...bins].sort((a, b) => a.binStartMs - b.binStartMs);
  const t0 = sorted.length > 0 ? sorted[0].binStartMs : 0;
  // Prefix sums per bin index so each window is two look-ups.
  const n = sorted.length > 0 ? Math.round((sorted[sorted.length - 1].binStartMs - t0) / BIN_MS) + 1 : 0;
  const total = new Float64Array(n + 1);
  const bad = new Float64Array(n + 1);
  const perTotal = new Float64Array(n);
  const perBad = new Float64Array(n);
  for (const b of sorted) {
    const i = Math.round((b.binStartMs - t0) / BIN_MS);
    perTotal[i] += b.edgeTotal;
    perBad[i] += b.edgeBad;
  }
  for (let i = 0; i < n; i++) {
    total[i + 1] = total[i] + perTotal[i];
    bad[i + 1] = bad[i] + perBad[i];
  }
  const ratio = (endIdx: number, windowMs: number) => {
    const startIdx = Math.max(0, endIdx - Math.round(windowMs / BIN_MS));
    const t = total[endIdx] - total[startIdx];
    return t > 0 ? (bad[endIdx] - bad[startIdx]) / t : 0;
  };
  for (let end = fromMs + BIN_MS; end <= untilMs; end += BIN_MS) {
    const endIdx = Math.round((end - t0) / BIN_MS);
    if (endIdx <= 0 || endIdx > n) continue;
    if (PAGE_RULES.some((r) => ratio(endIdx, WINDOW_MS[r.long]) > r.factor * errorBudget && ratio(endIdx, WINDOW_MS[r.short]) > r.factor * errorBudget)) return end;
  }
  return null;
}

/** The origin's share of edge requests over [fromMs, toMs); null without traffic. */
export function shareOver(bins: readonly ShareBin[], fromMs: number, toMs: number): number | null {
  let edge = 0;
  let origin = 0;
  for (const b of bins) {
    if (b.binStartMs < fromMs || b.binStartMs >= toMs) continue;
    edge += b.edgeTotal;
    origin += b.originTotal;
  }
  return edge > 0 ? origin / edge : null;
}

/**
 * The start of the first 10 s bin at or after re-admission from which the origin's share stays within
 * 10 % of its pre-incident share for 60 s; null when not seen by `observedUntilMs`.
 */
export function failbackAt(bins: readonly ShareBin[], readmittedMs: number, preShare: number, observedUntilMs: number): number | null {
  const byStart = new Map(bins.map((b) => [b.binStartMs, b]));
  const ok = (t: number) => {
    const b = byStart.get(t);
    if (!b || b.edgeTotal === 0) return false;
    return Math.abs(b.originTotal / b.edgeTotal - preShare) <= FAILBACK_TOLERANCE * preShare;
  };
  const first = Math.floor(readmittedMs / BIN_MS) * BIN_MS;
  for (let t = first; t + FAILBACK_HOLD_MS <= observedUntilMs; t += BIN_MS) {
    let held = true;
    for (let u = t; u < t + FAILBACK_HOLD_MS && held; u += BIN_MS) held = ok(u);
    if (held) return Math.max(t, readmittedMs);
  }
  return null;
}

export function regionAnalytics(args: {
  region: string;
  regionName: string;
  incidentStartsMs: readonly number[];
  rangeMs: number;
  lastDrillEndMs: number | null;
  asOfMs: number;
  maxAgeDays: number;
  lookbackDays: number;
  /**
   * Why drill markers cannot be seen (the AppEvents table absent: the contract's coverage fact; or
   * the query failed); null when they can. Unseen, "no drill" would be a claim the data cannot make.
   */
  drillsUnseen?: string | null;
}): RegionAnalytics {
  const n = args.incidentStartsMs.length;
  const base = { region: args.region, realIncidents: n, mtbiSeconds: n > 0 ? args.rangeMs / n / 1000 : null };
  if (args.drillsUnseen) {
    return { ...base, lastDrillAt: null, lastTestedDays: null, drillsObservable: false, testedStatus: "no-data", reason: `${args.regionName}: last drill unknown. ${args.drillsUnseen}` };
  }
  const days = args.lastDrillEndMs === null ? null : (args.asOfMs - args.lastDrillEndMs) / 86_400_000;
  const stale = days === null || days > args.maxAgeDays;
  return {
    ...base,
    lastDrillAt: args.lastDrillEndMs === null ? null : new Date(args.lastDrillEndMs).toISOString(),
    lastTestedDays: days,
    drillsObservable: true,
    testedStatus: stale ? "warn" : "ok",
    reason: !stale
      ? null
      : days === null
        ? `${args.regionName}: no failover drill in the last ${args.lookbackDays} days; recovery untested (limit ${args.maxAgeDays} days).`
        : `${args.regionName}: last failover drill ${Math.floor(days)} days ago, over the ${args.maxAgeDays}-day limit.`,
  };
}
