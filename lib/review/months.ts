/** Calendar months in UTC, the unit of the availability review. */

/** The review is "as of" the last 5-minute mark, so viewers within it share one evaluation. */
export const REVIEW_STEP_MS = 5 * 60_000;

export function reviewNow(now: Date): Date {
  return new Date(Math.floor(now.getTime() / REVIEW_STEP_MS) * REVIEW_STEP_MS);
}

export interface MonthWindow {
  /** "2026-10" */
  id: string;
  from: Date;
  to: Date;
  minutes: number;
}

export function monthWindow(id: string): MonthWindow {
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  if (!match) throw new RangeError(`month must look like 2026-10, got "${id}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`month must be 01..12, got "${id}"`);
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  return { id, from, to, minutes: (to.getTime() - from.getTime()) / 60_000 };
}

export function monthId(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The last month that has ended by `now`. */
export function lastCompleteMonth(now: Date): MonthWindow {
  return monthWindow(monthId(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))));
}

/** The `count` months ending with the one containing `now`, oldest first. */
export function recentMonths(now: Date, count: number): MonthWindow[] {
  const out: MonthWindow[] = [];
  for (let i = count - 1; i >= 0; i--) {
    out.push(monthWindow(monthId(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)))));
  }
  return out;
}
