import { binStart } from "@/lib/charts/bins";
import { makePanel, outcomeWarnings } from "@/lib/charts/panel";
import { rowsToSeries } from "@/lib/charts/rows-to-series";
import type { SeriesRequest, SeriesResult } from "../runtime/types";
import { kql, Timespan } from "@/lib/kql/literal";
import { allOriginHosts, originRegionMap } from "../runtime/fragments";
import { num, str, timeMs } from "../runtime/rows";
import type { Row } from "../runtime/types";
import { EVICTED_SHARE } from "../incidents/evaluate";
import { ORIGIN_ERROR_RATIO } from "./blindness";
import { ACCESS_LOG_ROWS, failedProbeSlotsQuery, IS_BAD_STATUS, ORIGIN_HEALTH_QUERY_IDS } from "./query";

export const ORIGIN_TRAFFIC_SERIES_QUERY_ID = "origin-health:origin-traffic:series";
export const FAILED_PROBES_SERIES_QUERY_ID = `${ORIGIN_HEALTH_QUERY_IDS.failedSlots}:series`;

/** Edge requests and bad requests per configured origin and bucket (499 excluded, as the signal does). */
export function originTrafficSeriesQuery(config: Parameters<typeof allOriginHosts>[0], binSeconds: number): string {
  return [
    ACCESS_LOG_ROWS,
    kql`| where origin in ${allOriginHosts(config)}`,
    `| summarize requests = count(), bad = countif(${IS_BAD_STATUS}) by origin, TimeGenerated = bin(TimeGenerated, ${Timespan.seconds(binSeconds).toKql()})`,
  ].join("\n");
}

/** Failed probe slots per origin and bucket, from the signal's own failed-slot query. */
export function failedProbesSeriesQuery(config: Parameters<typeof failedProbeSlotsQuery>[0], binSeconds: number): string {
  return `${failedProbeSlotsQuery(config)}\n| summarize failedSlots = count() by origin, TimeGenerated = bin(slot, ${Timespan.seconds(binSeconds).toKql()})`;
}

/** Share of configured-origin requests per region and bucket, and each region's own error ratio. */
function trafficRows(rows: readonly Row[], regionOf: Map<string, string>) {
  const totals = new Map<number, number>();
  const perRegion = new Map<string, { t: number; requests: number; bad: number }>();
  for (const row of rows) {
    const t = timeMs(row);
    const region = regionOf.get((str(row, "origin") ?? "").toLowerCase());
    const requests = num(row, "requests") ?? 0;
    if (t === null || !region) continue;
    totals.set(t, (totals.get(t) ?? 0) + requests);
    const key = `${region}|${t}`;
    const entry = perRegion.get(key) ?? { t, requests: 0, bad: 0 };
    entry.requests += requests;
    entry.bad += num(row, "bad") ?? 0;
    perRegion.set(key, entry);
  }
  return [...perRegion.entries()].map(([key, e]) => ({
    TimeGenerated: new Date(e.t).toISOString(),
    region: key.split("|")[0],
    share: (totals.get(e.t) ?? 0) > 0 ? e.requests / (totals.get(e.t) ?? 1) : null,
    errorRatio: e.requests > 0 ? e.bad / e.requests : null,
  }));
}

/**
 * The probe log holds failures only, so a bucket without rows is a real zero (when the query ran):
 * every region gets a series, with 0 where nothing failed.
 */
function probeSeries(rows: readonly Row[], regions: readonly string[], fill: { from: number; to: number; binSeconds: number }, name: (key: readonly string[]) => string) {
  const placeholders = regions.map((id) => ({ TimeGenerated: new Date(binStart(fill.from, fill.binSeconds)).toISOString(), region: id, failedSlots: null }));
  const series = rowsToSeries([...placeholders, ...rows], { timeColumn: "TimeGenerated", valueColumn: "failedSlots", keyColumns: ["region"], label: name, unit: "count", fill });
  return series.map((s) => ({ ...s, points: s.points.map((p) => ({ t: p.t, v: p.v ?? 0 })) }));
}

/** Traffic share and error ratio per region from the access log; failed probe slots per region. */
export async function originHealthSeries({ ctx, binSeconds, widthPx, region }: SeriesRequest): Promise<SeriesResult> {
  const { config } = ctx;
  const probeBin = Math.max(binSeconds, config.frontDoor.probeIntervalSeconds);
  const [traffic, probes] = await Promise.all([
    ctx.runQuery(ORIGIN_TRAFFIC_SERIES_QUERY_ID, originTrafficSeriesQuery(config, binSeconds), ctx.range, { requiredColumns: ["TimeGenerated", "origin", "requests", "bad"], binSeconds }),
    ctx.runQuery(FAILED_PROBES_SERIES_QUERY_ID, failedProbesSeriesQuery(config, probeBin), ctx.range, { requiredColumns: ["TimeGenerated", "origin", "failedSlots"], binSeconds: probeBin }),
  ]);
  const regionOf = originRegionMap(config);
  const keep = <T extends { region: string }>(rows: T[]) => rows.filter((r) => !region || r.region === region);
  const perRegion = keep(trafficRows(traffic.rows, regionOf));
  const fill = { from: ctx.range.from.getTime(), to: ctx.range.to.getTime(), binSeconds };
  const name = ([id]: readonly string[]) => config.regions.find((r) => r.id === id)?.displayName ?? id;
  const probeRows = keep(
    probes.rows.map((row) => ({ ...row, region: regionOf.get((str(row, "origin") ?? "").toLowerCase()) ?? "unknown" })),
  );
  const common = { maxPoints: widthPx, queryIds: [ORIGIN_TRAFFIC_SERIES_QUERY_ID], warnings: outcomeWarnings([traffic]) };
  return {
    panels: [
      makePanel({
        ...common,
        id: "traffic-share",
        title: "Share of edge traffic per region",
        unit: "ratio",
        series: rowsToSeries(perRegion, { timeColumn: "TimeGenerated", valueColumn: "share", keyColumns: ["region"], label: name, unit: "ratio", fill }),
        thresholds: [{ value: EVICTED_SHARE, label: `evicted below ${EVICTED_SHARE * 100} %`, severity: "warn" }],
      }),
      makePanel({
        ...common,
        id: "origin-errors",
        title: "Origin error ratio per region (5xx and timeouts)",
        unit: "ratio",
        series: rowsToSeries(perRegion, { timeColumn: "TimeGenerated", valueColumn: "errorRatio", keyColumns: ["region"], label: name, unit: "ratio", fill }),
        thresholds: [{ value: ORIGIN_ERROR_RATIO, label: `${ORIGIN_ERROR_RATIO * 100} %: probe-blind / incident start`, severity: "breach" }],
      }),
      makePanel({
        id: "failed-probes",
        title: "Failed health-probe slots per region",
        unit: "count",
        series: probes.ok ? probeSeries(probeRows, config.regions.map((r) => r.id).filter((id) => !region || id === region), { ...fill, binSeconds: probeBin }, name) : [],
        queryIds: [FAILED_PROBES_SERIES_QUERY_ID],
        // No failed probe is the normal state: only a failed query is "no data" here.
        warnings: outcomeWarnings([probes]),
        maxPoints: widthPx,
      }),
    ],
    tables: [
      { queryId: ORIGIN_TRAFFIC_SERIES_QUERY_ID, rows: traffic.rows },
      { queryId: FAILED_PROBES_SERIES_QUERY_ID, rows: probes.rows },
    ],
  };
}
