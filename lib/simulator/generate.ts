import type { RowSink } from "../dataset/sink";
import { GenContext, type Row } from "./context";
import { accessRows, probeRows } from "./rows-frontdoor";
import { azureMetricRows, cosmosRows } from "./rows-metrics";
import { appMetricRows, availabilityRows, dependencyRows, drillEventRows } from "./rows-app";
import { requestRows } from "./rows-requests";
import { platformRows } from "./rows-platform";

const PAGE_MS = 60_000;
const GENERATORS = [accessRows, probeRows, azureMetricRows, cosmosRows, dependencyRows, appMetricRows, drillEventRows, requestRows, platformRows, availabilityRows];

/**
 * Writes every row with time in [fromMs, toMs) to the sink, page by page (aligned minutes), each
 * table's rows sorted by time within a page. Rows are a pure function of their own time, so
 * [t0,t1) then [t1,t2) writes exactly the rows, in exactly the order, of [t0,t2).
 */
export function generateRows(ctx: GenContext, fromMs: number, toMs: number, sink: RowSink): Record<string, number> {
  const counts: Record<string, number> = {};
  // The simulated deployment exports its Activity log: a span without Azure events is an empty
  // AzureActivity table ("Azure said nothing"), not a missing one (which the signal reports as no data).
  sink.ensureTable?.("AzureActivity");
  const buffers = new Map<string, { ts: number; row: Row }[]>();
  const emit = (table: string, ts: number, row: Row) => {
    let buf = buffers.get(table);
    if (!buf) buffers.set(table, (buf = []));
    buf.push({ ts, row });
  };
  for (let page = Math.floor(fromMs / PAGE_MS); page * PAGE_MS < toMs; page++) {
    const a = Math.max(fromMs, page * PAGE_MS);
    const b = Math.min(toMs, (page + 1) * PAGE_MS);
    for (const gen of GENERATORS) gen(ctx, a, b, emit);
    for (const [table, buf] of buffers) {
      if (buf.length === 0) continue;
      if (!isSorted(buf)) buf.sort((x, y) => x.ts - y.ts);
      if (sink.appendTimed) for (const item of buf) sink.appendTimed(table, item.row, item.ts);
      else for (const item of buf) sink.append(table, item.row);
      counts[table] = (counts[table] ?? 0) + buf.length;
      buf.length = 0;
    }
  }
  return counts;
}

function isSorted(buf: { ts: number }[]): boolean {
  for (let i = 1; i < buf.length; i++) if (buf[i].ts < buf[i - 1].ts) return false;
  return true;
}
