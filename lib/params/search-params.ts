import type { DashboardConfig } from "../config/schema";
import { parseAsOf } from "./as-of";
import { parseRefreshInterval, parseRotationInterval } from "./interval";
import { parseRegion } from "./region";
import { fail, ok, type ParamError, type ParamResult, type RawParam } from "./result";
import { parseTimeRange, type TimeRange, type TimeRangePreset } from "./time-range";

/**
 * Where parameters come from: a route handler's `request.nextUrl.searchParams` (URLSearchParams),
 * or a page's awaited `searchParams` prop (a record whose values may be arrays).
 */
export type ParamSource = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

export function getParam(source: ParamSource, name: string): RawParam {
  if (source instanceof URLSearchParams) {
    const all = source.getAll(name);
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  }
  return Object.prototype.hasOwnProperty.call(source, name) ? source[name] : undefined;
}

/** What every dashboard view shows: a moment, a window ending there, and an optional region filter. */
export interface ViewQuery {
  /** The validated `at`, or undefined for "now". */
  asOf: Date | undefined;
  /** `asOf ?? now`: the end of preset ranges and the snapshot's asOf. */
  end: Date;
  range: TimeRange;
  region: string | undefined;
}

export interface ViewQueryOptions {
  config: Pick<DashboardConfig, "regions">;
  /** Taken once per request (or the frozen embedded clock). */
  now: Date;
  defaultPreset?: TimeRangePreset;
  /**
   * The source's first data (the demo's first day, a dataset's earliest row; null when unknown, as
   * for Azure): a window ending before it is refused naming it, rather than shown NO DATA everywhere.
   */
  dataStart?: Date | null;
}

/** A view without its region filter: `at`, and `range` or `from`/`to`. */
export type ViewWindow = Omit<ViewQuery, "region">;

/**
 * `at`, `range` or `from`/`to`: the window of a view. An incident's page takes this alone (its region
 * is the incident's); every other view adds `region` (parseViewQuery).
 */
export function parseViewWindow(source: ParamSource, opts: Omit<ViewQueryOptions, "config">): ParamResult<ViewWindow> {
  const asOf = parseAsOf(getParam(source, "at"), opts.now);
  if (!asOf.ok) return asOf;
  const end = asOf.value ?? opts.now;
  const range = parseTimeRange(
    { range: getParam(source, "range"), from: getParam(source, "from"), to: getParam(source, "to") },
    { now: opts.now, end, defaultPreset: opts.defaultPreset },
  );
  if (!range.ok) return range;
  // A custom window is evaluated as of its `to`: an `at` elsewhere was ignored, showing numbers as of
  // another moment than the one asked for.
  if (asOf.value && range.value.preset === "custom" && asOf.value.getTime() !== range.value.to.getTime()) {
    return fail("at", `${asOf.value.toISOString()} is not the end of the from/to window (${range.value.to.toISOString()}), which is the moment it shows`, "with from and to, leave at out or give it equal to to");
  }
  const early = beforeTheData(source, range.value.to, opts.dataStart);
  if (early) return { ok: false, error: early };
  return ok({ asOf: asOf.value, end, range: range.value });
}

/** The refusal of a window ending before the source's first data (`to`, else `at`), or undefined. */
export function beforeTheData(source: ParamSource, to: Date, dataStart: Date | null | undefined): ParamError | undefined {
  if (!dataStart || to >= dataStart) return undefined;
  const allowed = `a moment at or after ${dataStart.toISOString()} (the first data) and at most 1 minute in the future`;
  return { parameter: getParam(source, "to") !== undefined ? "to" : "at", message: `${to.toISOString()} is before the data`, allowed };
}

/** `at`, `range` or `from`/`to`, `region`: the same parser for route handlers and first paint. */
export function parseViewQuery(source: ParamSource, opts: ViewQueryOptions): ParamResult<ViewQuery> {
  const window = parseViewWindow(source, opts);
  if (!window.ok) return window;
  const region = parseRegion(getParam(source, "region"), opts.config);
  if (!region.ok) return region;
  return ok({ ...window.value, region: region.value });
}

export interface WallQuery extends ViewQuery {
  refreshSeconds: number;
  /** 0 when rotation is off. */
  rotateSeconds: number;
}

/** The wall: a view plus `refresh` and `rotate` intervals. */
export function parseWallQuery(source: ParamSource, opts: ViewQueryOptions): ParamResult<WallQuery> {
  const view = parseViewQuery(source, opts);
  if (!view.ok) return view;
  const refresh = parseRefreshInterval(getParam(source, "refresh"));
  if (!refresh.ok) return refresh;
  const rotate = parseRotationInterval(getParam(source, "rotate"));
  if (!rotate.ok) return rotate;
  return ok({ ...view.value, refreshSeconds: refresh.value, rotateSeconds: rotate.value });
}
