import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { appRegionOf } from "@/lib/signals/runtime/fragments";
import { KqlSemanticError } from "@/lib/engine/errors";
import type { LogsSource, QueryResult } from "@/lib/workspace/types";
import { DRILL_EVENT, DRILL_KEYS } from "./contract";
import type { DrillMarker } from "./telemetry";

/**
 * Chaos Studio experiment runs → drill markers. Source: the ChaosStudioExperimentEventLogs table
 * (diagnostic setting category ExperimentOrchestration on the experiment; columns per
 * learn.microsoft.com/azure/azure-monitor/reference/tables/chaosstudioexperimenteventlogs):
 * CorrelationId = the run, SpanType Experiment|Branch|Step|Action, Status (Action: Started,
 * Stopping, Stopped, Failed; Experiment: Started, Complete, Cancelling, Cancelled, Failed),
 * Target = the fault's target resource ID. A run's drill in a region spans its first Action start
 * on a target of that region to its last Action stop or failure there (or the run's end when an
 * action's stop is missing). The dashboard then measures the RTO/RPO of the incident that overlaps it.
 */
export const CHAOS_TABLE = "ChaosStudioExperimentEventLogs";
export const CHAOS_QUERY = `${CHAOS_TABLE}
| where SpanType in ("Action", "Experiment")
| project TimeGenerated, CorrelationId, SpanType, Status, Target, _ResourceId
| order by TimeGenerated asc`;

/** Markers already imported (any run id found on a failover_drill event), so a re-import writes nothing twice. */
export const IMPORTED_QUERY = kql`AppEvents
| where Name == ${DRILL_EVENT} and isnotempty(tostring(Properties.chaosRunId))
| project runId = tostring(Properties.chaosRunId), region = tostring(Properties[${DRILL_KEYS.region}]), phase = tostring(Properties[${DRILL_KEYS.phase}])`;

const ENDED = new Set(["Complete", "Cancelled", "Failed"]);
const ACTION_END = new Set(["Stopped", "Failed"]);

interface Row {
  at: number;
  run: string;
  span: string;
  status: string;
  target: string;
  experiment: string;
}

/** Target resource ID → region id: explicit prefixes first (longest wins), then the regions' configured resource IDs. */
export function targetRegionResolver(config: DashboardConfig, explicit: Record<string, string>): (target: string) => string | undefined {
  const prefixes: [string, string][] = [
    ...Object.entries(explicit),
    ...config.regions.flatMap((r) => [...r.computeResourceIds, ...r.sqlDatabaseResourceIds].map((id): [string, string] => [id, r.id])),
  ].map(([p, r]) => [p.toLowerCase(), r]);
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return (target) => {
    const t = target.toLowerCase();
    return prefixes.find(([p]) => t === p || t.startsWith(`${p}/`))?.[1];
  };
}

export interface ChaosImport {
  markers: DrillMarker[];
  problems: string[];
}

/** Pure: the markers of the rows that are not imported yet. */
export function chaosMarkers(
  config: DashboardConfig,
  rows: readonly Row[],
  regionOf: (target: string) => string | undefined,
  imported: ReadonlySet<string>,
): ChaosImport {
  const problems: string[] = [];
  const runs = new Map<string, Row[]>();
  for (const r of rows) runs.set(r.run, [...(runs.get(r.run) ?? []), r]);
  const markers: DrillMarker[] = [];
  const byId = new Map(config.regions.map((r) => [r.id, r]));
  for (const [run, spans] of runs) {
    const runEnd = spans.find((s) => s.span === "Experiment" && ENDED.has(s.status))?.at;
    const perRegion = new Map<string, { start?: number; end?: number; open: number; experiment: string }>();
    for (const s of spans) {
      if (s.span !== "Action" || !s.target) continue;
      const regionId = regionOf(s.target);
      if (!regionId) {
        problems.push(`chaos run ${run}: target ${s.target} is in no configured region (set CHAOS_TARGET_REGIONS)`);
        continue;
      }
      const entry = perRegion.get(regionId) ?? { open: 0, experiment: s.experiment };
      if (s.status === "Started") {
        entry.start = Math.min(entry.start ?? s.at, s.at);
        entry.open++;
      } else if (ACTION_END.has(s.status)) {
        entry.end = Math.max(entry.end ?? s.at, s.at);
        entry.open--;
      }
      perRegion.set(regionId, entry);
    }
    for (const [regionId, e] of perRegion) {
      const region = byId.get(regionId);
      if (e.start === undefined || !region) continue;
      const value = appRegionOf(region);
      const extra = { source: "chaos-studio", chaosRunId: run, experiment: e.experiment };
      // An action still running when the run ended (or whose stop was not logged) ends with the run.
      const end = e.open > 0 ? runEnd : (e.end ?? runEnd);
      if (!imported.has(`${run}|${value}|start`)) markers.push({ regionValue: value, phase: "start", at: new Date(e.start), extra });
      if (end !== undefined && !imported.has(`${run}|${value}|end`)) markers.push({ regionValue: value, phase: "end", at: new Date(end), extra });
    }
  }
  return { markers, problems: [...new Set(problems)] };
}

/**
 * A table that does not exist yet (no experiment has logged, no event was ever sent) is empty: Azure's
 * source already answers so (with a warning); the embedded engine throws, naming the missing table.
 */
async function queryOrEmpty(source: LogsSource, query: string, window: { from: Date; to: Date }): Promise<QueryResult> {
  try {
    return await source.query(query, window);
  } catch (err) {
    const missing = err instanceof KqlSemanticError ? err.missingTable : undefined;
    if (!missing) throw err;
    return { table: { columns: [], rows: [] }, warnings: [`table ${missing} does not exist in the workspace`], partial: true };
  }
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** Reads the experiment log and the markers already written through `source` (the dashboard's LogsSource). */
export async function importChaosRuns(
  config: DashboardConfig,
  source: LogsSource,
  window: { from: Date; to: Date },
  explicitTargets: Record<string, string>,
): Promise<ChaosImport> {
  const [chaos, done] = await Promise.all([queryOrEmpty(source, CHAOS_QUERY, window), queryOrEmpty(source, IMPORTED_QUERY, window)]);
  const col = (t: typeof chaos.table, name: string) => t.columns.findIndex((c) => c.name === name);
  const ct = chaos.table;
  const [iT, iRun, iSpan, iStatus, iTarget, iExp] = ["TimeGenerated", "CorrelationId", "SpanType", "Status", "Target", "_ResourceId"].map((n) => col(ct, n));
  if ([iT, iRun, iSpan, iStatus].some((i) => i < 0)) {
    return { markers: [], problems: [`${CHAOS_TABLE}: ${chaos.warnings.join("; ") || "columns missing"} (is the experiment's diagnostic setting ExperimentOrchestration sent to this workspace?)`] };
  }
  const rows: Row[] = ct.rows.map((r) => ({
    at: Date.parse(text(r[iT])),
    run: text(r[iRun]),
    span: text(r[iSpan]),
    status: text(r[iStatus]),
    target: iTarget >= 0 ? text(r[iTarget]) : "",
    experiment: iExp >= 0 ? text(r[iExp]) : "",
  }));
  const dt = done.table;
  const [jRun, jRegion, jPhase] = ["runId", "region", "phase"].map((n) => col(dt, n));
  const imported = new Set(jRun < 0 ? [] : dt.rows.map((r) => `${text(r[jRun])}|${text(r[jRegion])}|${text(r[jPhase])}`));
  return chaosMarkers(config, rows, targetRegionResolver(config, explicitTargets), imported);
}
