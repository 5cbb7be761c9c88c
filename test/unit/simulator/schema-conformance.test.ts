import { describe, expect, it } from "vitest";
import { scenarioRun, SCENARIO_NAMES, type ScenarioName } from "@/lib/simulator";
import { DEFAULT_DURATION_SECONDS } from "@/lib/simulator/scenarios";
import { ALL_FEEDS } from "@/lib/telemetry/contract";
import { TABLE_SCHEMAS, type KustoType } from "@/lib/telemetry/schemas";
import { AT, CollectingSink, config } from "./helpers";

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function typeProblem(type: KustoType, v: unknown): string | null {
  switch (type) {
    case "datetime":
      return typeof v === "string" && ISO_MS.test(v) && !Number.isNaN(Date.parse(v)) ? null : "an ISO datetime with ms";
    case "string":
    case "guid":
      return typeof v === "string" ? null : "a string";
    case "int":
    case "long":
      return Number.isInteger(v) ? null : "an integer";
    case "real":
    case "decimal":
      return typeof v === "number" && Number.isFinite(v) ? null : "a finite number";
    case "bool":
      return typeof v === "boolean" ? null : "a boolean";
    case "dynamic":
      return v !== null && typeof v === "object" && !Array.isArray(v) ? null : "a plain object";
    default:
      return `unexpected type ${type}`;
  }
}

function problems(sink: CollectingSink): string[] {
  const out: string[] = [];
  for (const [table, rows] of sink.tables) {
    const schema = TABLE_SCHEMAS[table];
    if (!schema) {
      out.push(`unknown table ${table}`);
      continue;
    }
    const types = new Map(schema.map((c) => [c.name, c.type]));
    for (const row of rows) {
      for (const [key, value] of Object.entries(row)) {
        const type = types.get(key);
        if (!type) out.push(`${table}.${key}: not a column`);
        else if (value !== null && typeProblem(type, value)) out.push(`${table}.${key}=${JSON.stringify(value)}: not ${typeProblem(type, value)}`);
      }
      if (out.length > 20) return out;
    }
  }
  return out;
}

const runs = new Map<string, CollectingSink>();
function run(name: string): CollectingSink {
  let sink = runs.get(name);
  if (!sink) {
    sink = new CollectingSink();
    // 1.4 h, or what the scenario needs (slow-death's 90 min plus the CLI's 15-min tail and 5-min lead).
    scenarioRun(name, { config, at: AT, hours: Math.max(1.4, (DEFAULT_DURATION_SECONDS[name as ScenarioName] + 20 * 60) / 3600), seed: 11, sink });
    runs.set(name, sink);
  }
  return sink;
}

describe.each(SCENARIO_NAMES.map((n) => [n]))("scenario %s rows", (name) => {
  it("use only contract tables, columns and types", () => {
    const sink = run(name);
    expect(problems(sink)).toEqual([]);
    for (const table of ["AzureDiagnostics", "AzureMetrics", "CDBDataPlaneRequests", "AppDependencies", "AppMetrics"]) {
      expect(sink.rows(table).length, table).toBeGreaterThan(0);
    }
  });

  it("fill every feed of the telemetry contract with the columns, Properties keys and values its queries read", () => {
    const sink = run(name);
    const problems: string[] = [];
    for (const feed of ALL_FEEDS) {
      if (feed.appliesTo && !feed.appliesTo(config)) continue;
      const select = feed.select;
      const values = select?.values(config) ?? [];
      const rows = sink.rows(feed.table).filter((r) => !select || values.includes(String(r[select.column])));
      // Drills and failed probes are events: a scenario may have none.
      if (feed.ifMissing === "fail" && rows.length === 0) problems.push(`${feed.id}: no rows`);
      for (const row of rows.slice(0, 500)) {
        for (const c of feed.columns) if (row[c] === undefined) problems.push(`${feed.id}: no ${c}`);
        const props = (row.Properties ?? {}) as Record<string, unknown>;
        for (const key of feed.properties?.(config) ?? []) if (props[key] === undefined) problems.push(`${feed.id}: no Properties.${key}`);
        for (const [key, allowed] of Object.entries(feed.propertyValues ?? {})) {
          if (!allowed.includes(String(props[key]))) problems.push(`${feed.id}: Properties.${key}=${String(props[key])}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it("end before --at", () => {
    const late = [...run(name).tables.values()].flat().filter((row) => Date.parse(String(row.TimeGenerated)) >= AT.getTime());
    expect(late).toEqual([]);
  });

  it("write Front Door values as Azure does", () => {
    const diag = run(name).rows("AzureDiagnostics");
    const access = diag.filter((r) => r.Category === "FrontDoorAccessLog");
    expect(access.length).toBeGreaterThan(1000);
    const bad = (rows: Record<string, unknown>[], checks: Record<string, RegExp>) =>
      rows.flatMap((r) => Object.entries(checks).filter(([col, re]) => !re.test(String(r[col]))).map(([col]) => `${col}=${String(r[col])}`)).slice(0, 5);
    expect(
      bad(access, {
        ResourceProvider: /^MICROSOFT\.CDN$/,
        originName_s: /^[a-z0-9.-]+:443$/,
        httpStatusCode_s: /^(0|[1-5]\d\d)$/,
        pop_s: /^[A-Z]{3}$/,
        timeTaken_s: /^\d+\.\d{3}$/,
      }),
    ).toEqual([]);
    const probes = diag.filter((x) => x.Category === "FrontDoorHealthProbeLog");
    expect(
      bad(probes, { originName_s: /^[a-z0-9.-]+$/, POP_s: /^[A-Z]{3}$/, result_s: /^Origin(Error|Timeout)$/, httpStatusCode_s: /^\d+$/ }),
    ).toEqual([]);
  });

  it("emit metrics from the configured resources", () => {
    const metrics = run(name).rows("AzureMetrics");
    const computeIds = config.regions.flatMap((r) => r.computeResourceIds.map((id) => id.toUpperCase()));
    const cpu = metrics.filter((m) => m.MetricName === "CpuPercentage");
    expect(cpu.length).toBeGreaterThan(0);
    for (const m of cpu) {
      expect(computeIds).toContain(m.ResourceId);
      expect(m.ResourceProvider).toBe("MICROSOFT.WEB");
      expect(m.Average as number).toBeGreaterThanOrEqual(0);
      expect(m.Average as number).toBeLessThanOrEqual(100);
    }
    const lag = metrics.filter((m) => m.MetricName === "replication_lag_seconds");
    expect(lag.length).toBeGreaterThan(0);
    for (const m of lag) expect(m.ResourceProvider).toBe("MICROSOFT.SQL");
    expect(metrics.some((m) => m.MetricName === "RequestCount" && m.ResourceProvider === "MICROSOFT.CDN")).toBe(true);
    expect(metrics.some((m) => m.MetricName === "Percentage5XX")).toBe(true);
  });

  it("tag app telemetry with the configured regions and entity key", () => {
    const sink = run(name);
    const regions = config.regions.map((r) => r.appRegion ?? r.id);
    const badWrites = sink.rows("AppDependencies").filter((d) => {
      const props = d.Properties as Record<string, unknown>;
      return (
        !regions.includes(String(props.region)) ||
        !/^inv-/.test(String(props[config.splitBrain.entityKey])) ||
        !config.splitBrain.names.includes(String(d.Name)) ||
        d.DependencyType !== config.splitBrain.dependencyTypes[0]
      );
    });
    expect(badWrites.slice(0, 3)).toEqual([]);
    for (const m of sink.rows("AppMetrics")) {
      const props = m.Properties as Record<string, unknown>;
      if (m.Name === "replication_lag_ms") {
        expect(regions).toContain(props.sourceRegion);
        expect(regions).toContain(props.targetRegion);
      } else {
        expect(m.Name).toBe("conflict_feed_depth");
        expect(regions).toContain(props.region);
      }
      expect(m.Sum).toBe(m.Max);
    }
    const cosmosNames = config.regions.map((r) => r.cosmosRegionName);
    expect(sink.rows("CDBDataPlaneRequests").filter((c) => !cosmosNames.includes(String(c.RegionName))).slice(0, 3)).toEqual([]);
  });
});
