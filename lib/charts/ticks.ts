import type { SeriesUnit } from "./types";

/**
 * Axis ticks a reader can use at a glance: distinct, round values (0, 2, 4, 6 s; 0, 20, 40, 60 %),
 * and an axis that ends on a tick. Left to itself recharts labelled a 0–1 count axis
 * "0, 0, 1, 1, 1", ended scales at 50.30 % or 5.5 s, and repeated "00:32" on the time axis.
 */

export interface ValueAxis {
  ticks: number[];
  /** Upper end of the domain: the last tick. */
  max: number;
  /** Tick label, with as many decimals as the step needs and no more. */
  label: (value: number) => string;
}

const MINUTE = 60;
const HOUR = 3600;
/** Round durations in seconds for a seconds axis: 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h, … */
const SECOND_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR];

/** Smallest 1, 2 or 5 × 10^k at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-9)) return m * power;
  return 10 * power;
}

/** Decimals needed to print multiples of `step` exactly (0.25 → 2, 5 → 0). */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 10; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 10;
}

function secondsLabel(v: number): string {
  if (v === 0) return "0";
  if (v < MINUTE) return `${+v.toFixed(1)} s`;
  if (v < HOUR) return Number.isInteger(v / MINUTE) ? `${v / MINUTE} min` : `${+(v / MINUTE).toFixed(1)} min`;
  return Number.isInteger(v / HOUR) ? `${v / HOUR} h` : `${+(v / HOUR).toFixed(1)} h`;
}

/**
 * Ticks from 0 to at least `max` (the data's and the thresholds' highest value) in about
 * `intervals` round steps. Counts never get fractional ticks; an empty axis is 0 to 1 step.
 */
export function valueAxis(max: number, unit: SeriesUnit | "multiple", intervals = 5): ValueAxis {
  const top = Number.isFinite(max) && max > 0 ? max : 0;
  let step: number;
  if (unit === "seconds") {
    const raw = top / intervals;
    step = SECOND_STEPS.find((s) => s >= raw * (1 - 1e-9)) ?? niceStep(raw / HOUR) * HOUR;
  } else if (unit === "ratio") {
    // Steps are round in percent, the unit on screen.
    step = niceStep((top * 100) / intervals) / 100;
  } else {
    step = niceStep(top / intervals);
    if (unit === "count") step = Math.max(1, Math.round(step));
  }
  // Below these steps the labels would need more digits than the readings have.
  const finest = { seconds: 0.1, ratio: 0.0001, percent: 0.01, multiple: 0.01, count: 1 }[unit];
  if (top === 0) step = unit === "ratio" ? 0.01 : 1;
  step = Math.max(step, finest);
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  const ticks = Array.from({ length: n + 1 }, (_, i) => +(i * step).toPrecision(12));
  const label = labelFor(unit, step);
  return { ticks, max: ticks[ticks.length - 1], label };
}

function labelFor(unit: SeriesUnit | "multiple", step: number): (v: number) => string {
  switch (unit) {
    case "seconds":
      return secondsLabel;
    case "ratio": {
      const d = decimalsOf(+(step * 100).toPrecision(12));
      return (v) => (v === 0 ? "0 %" : `${(v * 100).toFixed(d)} %`);
    }
    case "percent": {
      const d = decimalsOf(step);
      return (v) => (v === 0 ? "0 %" : `${v.toFixed(d)} %`);
    }
    case "multiple": {
      const d = decimalsOf(step);
      return (v) => `${v.toFixed(d)}×`;
    }
    default: {
      const d = decimalsOf(step);
      return (v) => v.toFixed(d);
    }
  }
}

const MIN = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
/** Round time steps, aligned to the UTC clock (every 15 min on :00, :15, :30, :45; days at 00:00). */
const TIME_STEPS = [MIN, 2 * MIN, 5 * MIN, 10 * MIN, 15 * MIN, 30 * MIN, H, 2 * H, 3 * H, 6 * H, 12 * H, DAY, 2 * DAY, 7 * DAY];

export interface TimeAxis {
  ticks: number[];
  label: (t: number) => string;
}

/** Room one label needs on the axis, in px at 11 px type: "21:30" or "12-04 21:30", plus a gap. */
const LABEL_PX = { time: 64, dateTime: 112 };

/**
 * UTC-aligned times inside [from, to], as many as fit `widthPx` with room between labels, each
 * label distinct: HH:MM within a day, "MM-DD HH:MM" across days, "MM-DD" for whole-day steps.
 */
export function timeAxis(from: number, to: number, widthPx: number): TimeAxis {
  const span = Math.max(1, to - from);
  const multiDay = new Date(from).toISOString().slice(0, 10) !== new Date(to).toISOString().slice(0, 10) && span > 12 * H;
  const maxTicks = Math.max(2, Math.floor(widthPx / (multiDay ? LABEL_PX.dateTime : LABEL_PX.time)));
  const step = TIME_STEPS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks / DAY) * DAY;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  const label = (t: number) => {
    const iso = new Date(t).toISOString();
    if (step >= DAY) return iso.slice(5, 10);
    return multiDay ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
  };
  return { ticks, label };
}
