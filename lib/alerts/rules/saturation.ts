import type { DashboardConfig } from "@/lib/config/schema";
import { kql } from "@/lib/kql/literal";
import { SURVIVOR_LIMIT_PERCENT } from "@/lib/signals/saturation/evaluate";
import { computeResourceIds, cpuQuery, ruQuery } from "@/lib/signals/saturation/query";
import type { AlertRule } from "../types";

/** The configured regions as a KQL datatable: one row per compute resource (or one with "" when none). */
function regionsTable(config: DashboardConfig): string {
  const rows = config.regions.flatMap((r) => {
    const ids = r.computeResourceIds.length > 0 ? r.computeResourceIds.map((id) => id.toLowerCase()) : [""];
    return ids.map((id) => kql`${r.id}, ${id}, ${r.cosmosRegionName}, ${r.capacity}, ${r.cosmosProvisionedRUs}`);
  });
  return `datatable(region: string, resourceId: string, RegionName: string, capacity: real, provisionedRUs: real) [\n  ${rows.join(",\n  ")}\n]`;
}

/**
 * SIGNALS 3.5 survivor projection over the last 5 one-minute bins (the wall's window): util = max of
 * average CPU and peak-minute RU %, projection(r) = Σ util × capacity / capacity(r). A region with no
 * samples contributes nothing, as a down region contributes 0 on the wall. RU % is kept to a millionth
 * and the projection graded to the hundredth it is shown with, as the wall does (Σ RequestCharge of
 * many cent-valued rows carries float noise that must not cross 100 % where the exact sum sits on it).
 */
export function survivorQuery(config: DashboardConfig): string {
  const cpu = computeResourceIds(config).length > 0
    ? `${cpuQuery(config)}\n| join kind=inner (regions | project resourceId, region) on resourceId\n| summarize cpuPercent = avg(cpu) by region`
    : "datatable(region: string, cpuPercent: real) []";
  return `let regions = ${regionsTable(config)};
let cpu = ${cpu};
let ru = ${ruQuery(config)}
| join kind=inner (regions | distinct RegionName, region, provisionedRUs) on RegionName
| summarize ruPercent = max(round(charge / 60.0 / provisionedRUs * 100.0, 6)) by region;
let util = regions
| distinct region, capacity
| join kind=leftouter cpu on region
| join kind=leftouter ru on region
| extend util = max_of(coalesce(cpuPercent, ruPercent, 0.0), coalesce(ruPercent, cpuPercent, 0.0))
| project region, capacity, util;
let load = toscalar(util | summarize sum(util * capacity));
util
| project region, projectedPercent = round(load / capacity, 2)`;
}

export function saturationRules(config: DashboardConfig): AlertRule[] {
  return [
    {
      name: "aad-saturation-survivor-projection",
      signal: "regions",
      displayName: `Survivor projection over ${SURVIVOR_LIMIT_PERCENT} %: a region could not carry the others' load`,
      description: `If every other region failed now, this region would run at over ${SURVIVOR_LIMIT_PERCENT} % of its capacity: the failover would land on a survivor that cannot take it.`,
      severity: 2,
      evaluationFrequencyMinutes: 5,
      windowSizeMinutes: 5,
      kql: survivorQuery(config),
      criteria: { timeAggregation: "Maximum", metricMeasureColumn: "projectedPercent", operator: "GreaterThan", threshold: SURVIVOR_LIMIT_PERCENT, dimensions: ["region"] },
      failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
      autoMitigate: true,
      rationale: "Sev2: no outage yet, lost headroom (the wall warns). Every 5 min over the wall's 5-minute window, one alert per region; resolves when headroom returns.",
    },
  ];
}
