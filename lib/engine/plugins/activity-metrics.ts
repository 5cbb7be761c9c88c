/**
 * activity_metrics(IdColumn, TimelineColumn, Start, End, Window [, dims]) per its page: for each
 * window of each dimension combination, the distinct ids (dcount_values), the ids not seen in the
 * previous window (dcount_newvalues), and retention_rate = returned / ids of the previous window with
 * returned = ids now − new ids, churn_rate = (previous ids − returned) / previous ids, so that
 * retention + churn = 1 as the page says. The first window has no previous one: 0/0, NaN for both,
 * as the page's first row prints.
 *
 * Choices shared with activity.ts (its header says why): windows start at Start and run through the
 * one holding End; distinct counts are exact, as dcount is in this engine. A null id is not a value
 * (dcount ignores nulls) and its record is skipped. Refused, as the page does not say: a window
 * without records (whether it gets a row, and what the next window's rates divide by), a record
 * after End that falls inside the last window (whether End cuts it), a calendar Window ("week"...),
 * and the form without Start and End (where the analysis would start).
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { nameOf, unsupported } from "../syntax";
import { findColumn, type ETable } from "../table";
import { binCount, output, read, refuseEmpty } from "./activity";
import type { Plugin } from "./types";

/** The page's optional [Start, End]: without them the analysis range is not documented. */
export function requireRange(call: KNode, input: ETable): void {
  const args = callArgs(call);
  const isColumn = (n: KNode | undefined) => n?.cls === "NameReference" && findColumn(input, nameOf(n)) !== undefined;
  if (args.length < 5 || args.slice(2, 5).some(isColumn)) unsupported(call, `${nameOf(call.children[0])}() without Start and End`);
}

/** Refuses a record after End that still falls inside the last window (see the header). */
export function refuseAfterEnd(call: KNode, time: number, end: number): void {
  if (time > end) {
    throw new KqlUnsupportedError(
      `${nameOf(call.children[0])}() with a record after End inside the last window`,
      call.pos,
      `the record at ${new Date(time).toISOString()}: its page does not say whether End cuts the last window`,
    );
  }
}

const activityMetrics: Plugin = (op, call, input, ctx) => {
  requireRange(call, input);
  const a = read(call, input, ctx, 3);
  const step = a.constants[2];
  const bins = binCount(a, step, call);
  const out: { time: number; dims: Value[]; metrics: number[] }[] = [];
  for (const g of a.groups) {
    const perBin = Array.from({ length: bins }, () => new Set<unknown>());
    for (const i of g.rows) {
      const t = a.time(i);
      const id = a.ids(i);
      if (t === null || id === null) continue;
      const b = Math.floor((t - a.start) / step);
      if (b < 0 || b >= bins) continue;
      refuseAfterEnd(call, t, a.end);
      perBin[b].add(id);
    }
    let previous = new Set<unknown>();
    perBin.forEach((ids, b) => {
      const time = a.start + b * step;
      if (ids.size === 0) refuseEmpty(call, time);
      let returned = 0;
      for (const id of ids) if (previous.has(id)) returned++;
      const fresh = ids.size - returned;
      // 0/0 for the first window is NaN, as the page prints (IEEE division, not a null).
      const retention = returned / previous.size;
      const churn = (previous.size - returned) / previous.size;
      out.push({ time, dims: g.dims, metrics: [ids.size, fresh, retention, churn] });
      previous = ids;
    });
  }
  return output(op, out, a.dims.length);
};

export const ACTIVITY_METRICS_PLUGINS: Record<string, Plugin> = {
  activity_metrics: activityMetrics,
};
