import { formatMinutes } from "../format/units";
import type { AvailabilitySnapshot, Status } from "../snapshot/types";

/** One line of the availability tile under its figures, with the status its colour and icon show. */
export interface AvailabilityLine {
  status: Status;
  text: string;
}

/**
 * The tile's two budgets count different things (SIGNALS.md 3.7): the error budget is failed requests
 * over the window, the downtime allowance whole minutes whose error ratio passed 1 %. During an
 * outage one can be overspent while the other still shows most of it left ("down 30 min of 21.6
 * allowed" beside "Error budget left 93 %" read as a contradiction), so each names its basis.
 */
export const AVAILABILITY_LABELS = {
  /** Beside `errorBudgetRemainingRatio`. */
  requestBudget: "Failed-request budget left",
  /** The rotation's SLO view, beside the downtime minutes. */
  badMinutes: "Bad minutes",
} as const;

/** The failed-request budget in words (under the label "Failed-request budget left"): its figure, and once overspent how many budgets were spent. */
export interface RequestBudgetWords {
  /** "93 %", or "none" once overspent. */
  value: string;
  /** "23× spent" once overspent, else null. */
  spent: string | null;
}

/**
 * The failed-request budget as the wall and the overview print it. The ratio goes negative by
 * definition (SIGNALS.md 3.7: 1 − (bad/total)/(1 − target)), and over a short dataset during an
 * outage the wall read "Failed-request budget left −2159 %", true and unreadable. Overspent, it says
 * "none" left and how many budgets the window's failed requests used (1 − remaining, the used ratio:
 * one decimal under 10, whole above): the wall's quarter-width tile has room for the label and a short
 * figure only ("exhausted" at the figure's size wrapped the label and pushed the tile's lines over its
 * footer at 1080p); the SLO view and the overview add "23× spent".
 */
export function requestBudgetWords(remaining: number | null, digits = 0): RequestBudgetWords | null {
  if (remaining === null || !Number.isFinite(remaining)) return null;
  if (remaining >= 0) return { value: `${(remaining * 100).toFixed(digits)} %`, spent: null };
  const used = 1 - remaining;
  return { value: "none", spent: `${used < 9.95 ? used.toFixed(1) : Math.round(used).toString()}× spent` };
}

/** requestBudgetWords on one line: "93.4 %" or "none · 23× spent"; null without data. */
export function requestBudgetText(remaining: number | null, digits = 0): string | null {
  const words = requestBudgetWords(remaining, digits);
  if (!words) return null;
  return words.spent ? `${words.value} · ${words.spent}` : words.value;
}

/**
 * The SLO window as every screen names it beside its figures: "30 days", or "30 days · 1 h of data"
 * when less than the window has data (the snapshot's `coverage`, judged once in lib/snapshot).
 * `unit` "d" gives the overview's short form, "30 d · 1 h of data".
 */
export function windowLabel(a: Pick<AvailabilitySnapshot, "windowDays" | "coverage">, unit: "days" | "d" = "days"): string {
  const { window, note } = windowLabelParts(a, unit);
  return note ? `${window} · ${note}` : window;
}

/** windowLabel in its two parts, for a screen that keeps the note on one line ("30 DAYS ·" / "1 H OF DATA"). */
export function windowLabelParts(a: Pick<AvailabilitySnapshot, "windowDays" | "coverage">, unit: "days" | "d" = "days"): { window: string; note: string | null } {
  const note = a.coverage?.short && a.coverage.measuredFrom !== null ? a.coverage.note : null;
  return { window: `${a.windowDays} ${unit}`, note };
}

/** The lines under the availability tile's figures; a line is absent when the tile's reason already says it. */
export interface AvailabilityLines {
  /** "2.0 bad minutes of 21.6 allowed". */
  downtime: string | null;
  /** The burn-rate alert state: the first alert firing (and how many more), none, or NO DATA. */
  burn: AvailabilityLine | null;
}

/** "30.0 bad minutes of 21.6 allowed": the downtime line of the availability tile, in minutes. */
export function downtimeText(a: Pick<AvailabilitySnapshot, "downtimeMinutes" | "allowedDowntimeMinutes">): string {
  if (a.downtimeMinutes === null) return "bad minutes: no data";
  return `${minutes(a.downtimeMinutes)} bad minutes of ${minutes(a.allowedDowntimeMinutes)} allowed`;
}

/** formatMinutes without its unit: the line names it once. */
const minutes = (m: number) => formatMinutes(m).replace(/ min$/, "");

/**
 * The firing alerts as one line: the first page (else the first ticket) by its rule, the others
 * counted ("+2 more"), as the split-brain tile counts its earlier races. During an outage a page
 * and a ticket fire together; each on its own line under two banners pushed the tile's figures over
 * its title and its footer.
 */
function alertsLine(a: AvailabilitySnapshot): AvailabilityLine | null {
  const alerts = [...a.alerts.filter((x) => x.severity === "page"), ...a.alerts.filter((x) => x.severity === "ticket")];
  if (alerts.length === 0) return null;
  const first = alerts[0];
  const more = alerts.length > 1 ? ` +${alerts.length - 1} more` : "";
  return first.severity === "page" ? { status: "breach", text: `PAGE · ${first.rule}${more}` } : { status: "warn", text: `TICKET · ${first.rule}${more}` };
}

/** Both SLIs can sit above target while the status is WARN: the reason must read as loud as the word. */
export function availabilityReason(a: AvailabilitySnapshot): string | null {
  if (a.status === "ok" || a.status === "no-data") return null;
  const alerts = alertsLine(a);
  if (alerts) return alerts.text;
  return a.downtimeOverspent === true ? downtimeText(a) : null;
}

/** What the tile says under its figures, given its reason from the wall model (lib/wall/tile-model.ts): nothing twice. */
export function availabilityLines(a: AvailabilitySnapshot, reason: string | null): AvailabilityLines {
  const downtime = downtimeText(a);
  const alerts = alertsLine(a);
  let burn: AvailabilityLine | null;
  if (a.sli === null) burn = { status: "no-data", text: "Burn rate: NO DATA" };
  else if (alerts === null) burn = { status: "ok", text: "No burn-rate alert" };
  else burn = reason === alerts.text ? null : alerts;
  return { downtime: reason === downtime ? null : downtime, burn };
}
