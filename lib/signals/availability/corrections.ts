import type { SloCorrection } from "@/lib/config/schema";
import type { AppliedCorrection, CorrectedSli } from "@/lib/snapshot/types";
import type { MetricMinute } from "./evaluate";

/** The flag of a correction that overlaps the window but no minute of data in it. */
export const NO_DATA_FLAG = "overlaps no data in the SLO window: nothing was removed (check its dates and region)";

/** A minute is corrected when its start lies in [from, to) of a correction (docs/slo-corrections.md). */
export function inCorrection(tMs: number, c: Pick<SloCorrection, "from" | "to">): boolean {
  return tMs >= Date.parse(c.from) && tMs < Date.parse(c.to);
}

/** The corrections overlapping [fromMs, toMs]: the ones a window must list, applied or flagged. */
export function correctionsOverlapping(corrections: readonly SloCorrection[], fromMs: number, toMs: number): SloCorrection[] {
  return corrections.filter((c) => Date.parse(c.from) < toMs && Date.parse(c.to) > fromMs);
}

/**
 * Takes the configured corrections out of a window's minutes: every request of a corrected minute
 * leaves both the good and the total count, and its downtime leaves the downtime. Each correction
 * overlapping the window is listed with what it removed; one that removed nothing because no
 * minute of data lies under it is flagged, never dropped. The per-minute metrics are edge-wide,
 * so a region-scoped correction removes whole minutes too; its region says which incidents it covers.
 */
export function applyCorrections(args: {
  corrections: readonly SloCorrection[];
  /** The window's minutes (already cut to the window). */
  minutes: readonly MetricMinute[];
  fromMs: number;
  toMs: number;
  target: number;
  isDown: (m: MetricMinute) => boolean;
}): { corrected: CorrectedSli; applied: AppliedCorrection[]; kept: MetricMinute[] } {
  const listed = correctionsOverlapping(args.corrections, args.fromMs, args.toMs);
  const applied: AppliedCorrection[] = listed.map((c) => {
    const under = args.minutes.filter((m) => m.errorRatio !== null && inCorrection(m.t, c));
    const requests = under.reduce((s, m) => s + m.requests, 0);
    return {
      from: c.from,
      to: c.to,
      region: c.region,
      kind: c.kind,
      reason: c.reason,
      approvedBy: c.approvedBy,
      minutesWithData: under.length,
      requests,
      badRequests: under.reduce((s, m) => s + m.requests * (m.errorRatio ?? 0), 0),
      downMinutes: under.filter(args.isDown).length,
      flag: under.length === 0 ? NO_DATA_FLAG : null,
    };
  });
  const kept: MetricMinute[] = [];
  let removedRequests = 0;
  let removedBad = 0;
  let removedMinutes = 0;
  let total = 0;
  let bad = 0;
  let any = false;
  for (const m of args.minutes) {
    if (m.errorRatio === null) continue;
    if (listed.some((c) => inCorrection(m.t, c))) {
      removedRequests += m.requests;
      removedBad += m.requests * m.errorRatio;
      removedMinutes++;
      continue;
    }
    any = true;
    kept.push(m);
    total += m.requests;
    bad += m.requests * m.errorRatio;
  }
  const sli = any && total > 0 ? 1 - bad / total : null;
  return {
    corrected: {
      sli,
      errorBudgetRemainingRatio: sli === null ? null : 1 - (1 - sli) / (1 - args.target),
      downtimeMinutes: any ? kept.filter(args.isDown).length : null,
      removedRequests,
      removedBadRequests: removedBad,
      removedMinutes,
    },
    applied,
    kept,
  };
}

/** The warnings a window's corrections produce: one per flagged correction (shown beside the SLI). */
export function correctionWarnings(applied: readonly AppliedCorrection[]): string[] {
  return applied.filter((c) => c.flag).map((c) => `availability: SLO correction ${c.from} – ${c.to} (${c.region}, "${c.reason}") ${c.flag}`);
}
