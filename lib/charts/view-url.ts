/**
 * The view's URL state (range preset or custom from/to, "as of" time, region) as a plain object,
 * and the query string that reproduces it: a link pasted in the incident channel opens the same view.
 */
export interface ViewState {
  /** A preset such as "1h", or "custom" when from/to are explicit. */
  range: string;
  /** ISO start and end of the window actually shown (always set, for display). */
  from: string;
  to: string;
  /** ISO "as of" time for replays; absent means live. */
  at?: string;
  region?: string;
}

export type ViewOverrides = { [K in keyof ViewState]?: ViewState[K] | null };

/** Query string (without "?") for a view; `null` in overrides removes a parameter. */
export function viewSearch(view: ViewState, overrides: ViewOverrides = {}): string {
  const merged: Partial<ViewState> = { ...view };
  for (const [key, value] of Object.entries(overrides) as [keyof ViewState, string | null | undefined][]) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  const search = new URLSearchParams();
  if (merged.range === "custom" && merged.from && merged.to) {
    search.set("from", merged.from);
    search.set("to", merged.to);
  } else if (merged.range && merged.range !== "custom") {
    search.set("range", merged.range);
  }
  if (merged.at) search.set("at", merged.at);
  if (merged.region) search.set("region", merged.region);
  return search.toString();
}

export function viewHref(pathname: string, view: ViewState, overrides: ViewOverrides = {}): string {
  const qs = viewSearch(view, overrides);
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The params the snapshot and series APIs take for a view (same names as the page URL). */
export function viewApiParams(view: ViewState): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(viewSearch(view)));
}

/** "2026-01-31T08:00" (UTC, minutes) for a datetime-local input, and back to ISO with a zone. */
export function toUtcInput(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 16).replace("T", " ");
}

export function fromUtcInput(input: string): string | null {
  const value = input.trim().replace(" ", "T");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.000Z$/, "Z");
}

/** The serialisable view state of a parsed URL (shared parser's ViewQuery). */
export function toViewState(q: { asOf: Date | undefined; range: { preset: string; from: Date; to: Date }; region: string | undefined }): ViewState {
  const view: ViewState = { range: q.range.preset, from: q.range.from.toISOString(), to: q.range.to.toISOString() };
  if (q.asOf) view.at = q.asOf.toISOString();
  if (q.region) view.region = q.region;
  return view;
}

const UNIT_WORDS: Record<string, [string, string]> = { m: ["minute", "minutes"], h: ["hour", "hours"], d: ["day", "days"] };

/** "in the last 30 days", "in the last hour", or "from 2026-01-31 08:00 UTC to 2026-01-31 09:00 UTC": a link back to a view, in words. */
export function viewRangeWords(view: Pick<ViewState, "range" | "from" | "to">): string {
  const preset = /^(\d+)([mhd])$/.exec(view.range);
  if (!preset) return `from ${utcMinute(view.from)} to ${utcMinute(view.to)}`;
  const n = Number(preset[1]);
  const [one, many] = UNIT_WORDS[preset[2]];
  return n === 1 ? `in the last ${one}` : `in the last ${n} ${many}`;
}

const utcMinute = (iso: string) => `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
