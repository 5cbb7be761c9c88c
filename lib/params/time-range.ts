import { z } from "zod";
import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";
import { parseIsoTime } from "./time";

/** Time-range presets, declared once: types, zod enum, URL parser and UI pickers derive from it. */
export const TIME_RANGE_PRESETS = ["15m", "1h", "6h", "24h", "7d", "30d"] as const;
export type TimeRangePreset = (typeof TIME_RANGE_PRESETS)[number];
export const timeRangePresetSchema = z.enum(TIME_RANGE_PRESETS);

const MINUTE = 60_000;
export const PRESET_MS: Record<TimeRangePreset, number> = {
  "15m": 15 * MINUTE,
  "1h": 60 * MINUTE,
  "6h": 6 * 60 * MINUTE,
  "24h": 24 * 60 * MINUTE,
  "7d": 7 * 24 * 60 * MINUTE,
  "30d": 30 * 24 * 60 * MINUTE,
};

export const MAX_CUSTOM_SPAN_DAYS = 90;
export const MIN_CUSTOM_SPAN_MS = MINUTE;

export interface TimeRange {
  /** The preset, or "custom" for an explicit from/to. */
  preset: TimeRangePreset | "custom";
  from: Date;
  to: Date;
}

export const TIME_RANGE_ALLOWED =
  `range is one of ${TIME_RANGE_PRESETS.join(", ")} (ending now or at 'at'); or from and to together, ` +
  `ISO-8601 date-times with a time zone, from < to, at least 1 minute and at most ${MAX_CUSTOM_SPAN_DAYS} days apart, ` +
  `to no more than 1 minute in the future`;

export interface TimeRangeInput {
  range?: RawParam;
  from?: RawParam;
  to?: RawParam;
}

/**
 * `range=1h` (ending at `end`) or `from=…&to=…` (custom). `end` is the request's "now" or its
 * validated as-of time; `now` bounds custom ranges against the future.
 */
export function parseTimeRange(
  input: TimeRangeInput,
  opts: { now: Date; end?: Date; defaultPreset?: TimeRangePreset },
): ParamResult<TimeRange> {
  const range = single("range", input.range, TIME_RANGE_ALLOWED);
  const fromRaw = single("from", input.from, TIME_RANGE_ALLOWED);
  const toRaw = single("to", input.to, TIME_RANGE_ALLOWED);
  if (!range.ok) return range;
  if (!fromRaw.ok) return fromRaw;
  if (!toRaw.ok) return toRaw;

  if (fromRaw.value === undefined && toRaw.value === undefined) {
    const preset = timeRangePresetSchema.safeParse(range.value ?? opts.defaultPreset ?? "1h");
    if (!preset.success) return fail("range", `${range.value === undefined ? "(absent)" : quote(range.value)} is not a preset`, TIME_RANGE_ALLOWED);
    const end = opts.end ?? opts.now;
    return ok({ preset: preset.data, from: new Date(end.getTime() - PRESET_MS[preset.data]), to: end });
  }
  if (range.value !== undefined && range.value !== "custom") {
    return fail("range", "give either a preset range or from/to, not both", TIME_RANGE_ALLOWED);
  }
  if (fromRaw.value === undefined) return fail("from", "missing: to was given without from", TIME_RANGE_ALLOWED);
  if (toRaw.value === undefined) return fail("to", "missing: from was given without to", TIME_RANGE_ALLOWED);
  const from = parseIsoTime("from", fromRaw.value, opts.now, TIME_RANGE_ALLOWED);
  if (!from.ok) return from;
  const to = parseIsoTime("to", toRaw.value, opts.now, TIME_RANGE_ALLOWED);
  if (!to.ok) return to;
  const span = to.value.getTime() - from.value.getTime();
  if (span <= 0) return fail("from", "must be before to", TIME_RANGE_ALLOWED);
  if (span < MIN_CUSTOM_SPAN_MS) return fail("to", "the range is shorter than 1 minute", TIME_RANGE_ALLOWED);
  if (span > MAX_CUSTOM_SPAN_DAYS * 24 * 60 * MINUTE) {
    return fail("from", `the range spans more than ${MAX_CUSTOM_SPAN_DAYS} days`, TIME_RANGE_ALLOWED);
  }
  return ok({ preset: "custom", from: from.value, to: to.value });
}

/** Query-string form of a range, for links that keep the user's choice. */
export function timeRangeToQuery(range: TimeRange): Record<string, string> {
  if (range.preset !== "custom") return { range: range.preset };
  return { from: range.from.toISOString(), to: range.to.toISOString() };
}
