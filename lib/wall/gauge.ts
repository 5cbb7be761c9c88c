/**
 * Gauge maths for replication lag against its RPO budget. The dial runs from 0 to 1.5 × budget so
 * the budget mark sits at two thirds and an overspend is visible, not pinned at the edge.
 */

import { LAG_WARN_RATIO } from "../signals/replication-lag/evaluate";

export const GAUGE_SCALE_BUDGETS = 1.5;
/** The dial's amber zone starts where the replication signal warns (SIGNALS.md 3.1: 0.8 × budget). */
export const GAUGE_WARN_SHARE = LAG_WARN_RATIO;

export type GaugeZone = "ok" | "warn" | "breach";

export interface LagGauge {
  /** Needle position in [0, 1] along the dial; null when there is no sample. */
  position: number | null;
  /** Where the budget mark sits on the dial. */
  budgetPosition: number;
  warnPosition: number;
  /** lag / budget; null without a sample. */
  budgetShare: number | null;
  zone: GaugeZone | null;
  /** True when the needle is pinned at the end of the dial (lag > 1.5 × budget). */
  offScale: boolean;
}

export function lagGauge(lagSeconds: number | null, budgetSeconds: number): LagGauge {
  const budgetPosition = 1 / GAUGE_SCALE_BUDGETS;
  const warnPosition = GAUGE_WARN_SHARE / GAUGE_SCALE_BUDGETS;
  if (lagSeconds === null || !Number.isFinite(lagSeconds) || !(budgetSeconds > 0)) {
    return { position: null, budgetPosition, warnPosition, budgetShare: null, zone: null, offScale: false };
  }
  const share = Math.max(0, lagSeconds) / budgetSeconds;
  const raw = share / GAUGE_SCALE_BUDGETS;
  const zone: GaugeZone = share > 1 ? "breach" : share > GAUGE_WARN_SHARE ? "warn" : "ok";
  return { position: Math.min(1, raw), budgetPosition, warnPosition, budgetShare: share, zone, offScale: raw > 1 };
}

/** A point on a half-circle dial opening downwards: position 0 is the left end, 1 the right end. */
export function dialPoint(cx: number, cy: number, r: number, position: number): { x: number; y: number } {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, position)));
  return { x: round(cx + r * Math.cos(angle)), y: round(cy - r * Math.sin(angle)) };
}

/** SVG path of the dial's arc between two positions. */
export function dialArc(cx: number, cy: number, r: number, from: number, to: number): string {
  const a = dialPoint(cx, cy, r, from);
  const b = dialPoint(cx, cy, r, to);
  // A half dial never spans more than 180°, so the large-arc flag stays 0.
  return `M ${a.x} ${a.y} A ${r} ${r} 0 0 1 ${b.x} ${b.y}`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
