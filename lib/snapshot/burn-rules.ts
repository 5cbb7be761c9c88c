import type { BurnWindow } from "./types";

/**
 * SRE workbook table 5-8, the one copy of the burn-rate alert rules: page on 1h&5m > 14.4 or 6h&30m > 6;
 * ticket on 3d&6h > 1. Charts, the wall and the simulator's truth read these.
 */
export const BURN_ALERT_RULES = [
  { severity: "page", long: "1h", short: "5m", factor: 14.4 },
  { severity: "page", long: "6h", short: "30m", factor: 6 },
  { severity: "ticket", long: "3d", short: "6h", factor: 1 },
] as const satisfies readonly { severity: "page" | "ticket"; long: BurnWindow; short: BurnWindow; factor: number }[];

/** The threshold each burn window is shown against: its first (most severe) rule, e.g. 6h → 6 (page), not 1 (ticket). */
export const BURN_THRESHOLD: Record<BurnWindow, number> = Object.fromEntries(
  (["5m", "30m", "1h", "6h", "3d"] as const).map((w) => [w, BURN_ALERT_RULES.find((r) => r.long === w || r.short === w)?.factor ?? Number.POSITIVE_INFINITY]),
) as Record<BurnWindow, number>;
