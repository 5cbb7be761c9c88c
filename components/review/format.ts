import { formatMinutes } from "@/lib/format/units";

/** "99.966 %" with enough digits to tell 99.95 from 99.9 and to show a few seconds of downtime. */
export function formatSli(sli: number | null): string {
  return sli === null ? "no data" : `${(sli * 100).toFixed(3)} %`;
}

export function formatTarget(target: number): string {
  return `${+(target * 100).toFixed(5)} %`;
}

/** Budget shares as signed percentages: −57 % means the budget was overspent by 57 % of itself. */
export function formatBudgetRatio(ratio: number | null): string {
  if (ratio === null) return "—";
  const pct = ratio * 100;
  return `${pct < 0 ? "−" : ""}${Math.abs(pct).toFixed(0)} %`;
}

/** Signed minutes: "−12.4 min" when overspent. */
export function formatSignedMinutes(minutes: number | null): string {
  if (minutes === null) return "—";
  return minutes < 0 ? `−${formatMinutes(-minutes)}` : formatMinutes(minutes);
}
