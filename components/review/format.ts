import { formatMinutes } from "@/lib/format/units";

export { formatSli, formatTarget } from "@/lib/review/verdict";

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
