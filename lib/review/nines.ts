/** The availability-nines table: what each target allows per year and per (30-day) month. */

export const NINES = [0.999, 0.9995, 0.9999, 0.99999] as const;

const MINUTES_PER_YEAR = 365 * 24 * 60;
const MINUTES_PER_30_DAYS = 30 * 24 * 60;

export interface NinesRow {
  target: number;
  label: string;
  downtimePerYearMinutes: number;
  downtimePerMonthMinutes: number;
  configured: boolean;
}

export function ninesTable(configuredTarget: number): NinesRow[] {
  const targets = [...NINES] as number[];
  if (!targets.some((t) => Math.abs(t - configuredTarget) < 1e-12)) targets.push(configuredTarget);
  return targets
    .sort((a, b) => a - b)
    .map((target) => ({
      target,
      label: `${+(target * 100).toFixed(5)} %`,
      downtimePerYearMinutes: (1 - target) * MINUTES_PER_YEAR,
      downtimePerMonthMinutes: (1 - target) * MINUTES_PER_30_DAYS,
      configured: Math.abs(target - configuredTarget) < 1e-12,
    }));
}
