import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alertRules } from "@/lib/alerts";
import { API_VERSION, armTemplate, bicepTemplate, RESOURCE_TYPE } from "@/lib/alerts/template";
import { loadConfigFile } from "@/lib/config/load";

/**
 * The resource's documented shape (Microsoft.Insights/scheduledQueryRules 2023-12-01 template
 * reference): required name, location, properties; for kind LogAlert the properties severity (0-4),
 * enabled, scopes, evaluationFrequency, windowSize, criteria.allOf[] each with query,
 * timeAggregation, operator, threshold (metricMeasureColumn unless counting rows), failingPeriods with
 * minFailingPeriodsToAlert ≤ numberOfEvaluationPeriods, and dimensions as {name, operator, values}.
 */
const TIME_AGGREGATIONS = ["Count", "Average", "Minimum", "Maximum", "Total"];
const OPERATORS = ["Equals", "GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"];
const ISO = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?$/;
const minutes = (iso: string) => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  return m ? Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : NaN;
};

const config = loadConfigFile("config/demo.json");
const WORKSPACE = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-obs/providers/Microsoft.OperationalInsights/workspaces/la-payments";
const GROUP = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-obs/providers/microsoft.insights/actionGroups/oncall";
const options = { workspaceResourceId: WORKSPACE, actionGroupIds: [GROUP] };
const rules = alertRules(config);

type Json = Record<string, unknown>;
function expectDocumentedShape(resource: Json) {
  expect(resource.type).toBe(RESOURCE_TYPE);
  expect(resource.apiVersion).toBe(API_VERSION);
  expect(typeof resource.name).toBe("string");
  expect(resource.name).toMatch(/^[^*<>%{}&:\\?/#]{1,260}$/);
  expect(resource.location).toBe("[parameters('location')]");
  expect(resource.kind).toBe("LogAlert");
  const p = resource.properties as Json;
  expect([0, 1, 2, 3, 4]).toContain(p.severity);
  expect(p.enabled).toBe(true);
  expect(p.scopes).toEqual([WORKSPACE]);
  for (const key of ["evaluationFrequency", "windowSize"]) expect(p[key], key).toMatch(ISO);
  // A rule reads at least what it is evaluated over, and Azure looks back at most 2 days.
  expect(minutes(p.windowSize as string)).toBeGreaterThanOrEqual(minutes(p.evaluationFrequency as string));
  const range = p.overrideQueryTimeRange === undefined ? minutes(p.windowSize as string) : minutes(p.overrideQueryTimeRange as string);
  expect(range).toBeGreaterThanOrEqual(minutes(p.windowSize as string));
  expect(range).toBeLessThanOrEqual(2 * 1440);
  expect(typeof p.autoMitigate).toBe("boolean");
  expect((p.actions as Json).actionGroups).toEqual([GROUP]);
  const allOf = (p.criteria as Json).allOf as Json[];
  expect(allOf.length).toBe(1);
  for (const c of allOf) {
    expect(typeof c.query).toBe("string");
    expect((c.query as string).length).toBeGreaterThan(20);
    expect(TIME_AGGREGATIONS).toContain(c.timeAggregation);
    expect(OPERATORS).toContain(c.operator);
    expect(typeof c.threshold).toBe("number");
    if (c.timeAggregation !== "Count") expect(typeof c.metricMeasureColumn).toBe("string");
    const fp = c.failingPeriods as { numberOfEvaluationPeriods: number; minFailingPeriodsToAlert: number };
    expect(fp.minFailingPeriodsToAlert).toBeGreaterThanOrEqual(1);
    expect(fp.minFailingPeriodsToAlert).toBeLessThanOrEqual(fp.numberOfEvaluationPeriods);
    for (const d of c.dimensions as Json[]) expect(d).toEqual({ name: expect.any(String), operator: "Include", values: ["*"] });
  }
}

describe("ARM template", () => {
  const template = armTemplate(rules, options);
  it("is a deployment template with a location parameter and one resource per rule", () => {
    expect(template.$schema).toMatch(/deploymentTemplate\.json#$/);
    expect(template.contentVersion).toBe("1.0.0.0");
    expect((template.resources as Json[]).map((r) => r.name)).toEqual(rules.map((r) => r.name));
  });
  it.each((template.resources as Json[]).map((r) => [r.name as string, r]))("%s has the resource's documented required properties", (_n, resource) => {
    expectDocumentedShape(resource);
  });
});

/** Reads a Bicep single-quoted literal back (the escapes Bicep defines). */
function unBicep(literal: string): string {
  return literal.slice(1, -1).replace(/\\(['\\nrt$])/g, (_m, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c] ?? c);
}

describe("Bicep file", () => {
  const bicep = bicepTemplate(rules, options);
  it("declares each rule at the same API version with the ARM template's values", () => {
    expect(bicep).toMatch(/^param location string = resourceGroup\(\)\.location$/m);
    const resources = bicep.split(/\n(?=resource )/).filter((b) => b.startsWith("resource "));
    expect(resources.length).toBe(rules.length);
    resources.forEach((block, i) => {
      const rule = rules[i];
      expect(block).toContain(`'${RESOURCE_TYPE}@${API_VERSION}'`);
      expect(block).toContain(`name: '${rule.name}'`);
      expect(block).toMatch(/\n {2}location: location\n/);
      for (const key of ["severity", "enabled", "scopes", "evaluationFrequency", "windowSize", "criteria", "query", "timeAggregation", "operator", "threshold", "autoMitigate"]) {
        expect(block, `${rule.name} ${key}`).toMatch(new RegExp(`\\n\\s+${key}: `));
      }
      const query = /\n\s+query: ('(?:[^'\\]|\\.)*')\n/.exec(block)?.[1] ?? "";
      expect(unBicep(query)).toBe(rule.kql);
      expect(block).toContain(`threshold: ${rule.criteria.threshold}\n`);
    });
  });
});

const TSX = path.resolve("node_modules/.bin/tsx");
// DASHBOARD_CONFIG unset: what the configuration defaults to is test/integration/cli's.
const cli = (...args: string[]) => spawnSync(TSX, ["scripts/alerts.ts", ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, DASHBOARD_CONFIG: undefined } });

describe("npm run alerts", () => {
  it("writes only the document on stdout, messages on stderr", { timeout: 60_000 }, () => {
    const r = cli("--config", "config/demo.json", "--scope", WORKSPACE, "--action-group", GROUP);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual(armTemplate(rules, options));
    expect(r.stderr).toBe(`alerts: ${rules.length} rules (arm)\n`);
  });

  it("lists the rules with their KQL and the condition in words", { timeout: 60_000 }, () => {
    const r = cli("--config", "config/demo.json", "--list");
    expect(r.status).toBe(0);
    for (const rule of rules) expect(r.stdout).toContain(rule.name);
    expect(r.stdout).toContain("fires when maximum(lagSeconds) > 5; every PT5M over PT10M");
    expect(r.stdout).toContain("    | top 1 by TimeGenerated desc");
  });

  it.each([
    [["--format", "xml", "--config", "config/demo.json"], /--format: expected arm or bicep, got xml/],
    [["--config", "config/demo.json", "--scope", WORKSPACE, "--action-group", "oncall"], /--action-group: expected an action group resource ID/],
    [["--config", "config/demo.json"], /set workspaces\.resourceId in config\/demo\.json or pass --scope/],
    [["--config", "config/demo.json", "--scope", GROUP], /--scope: expected a Log Analytics workspace resource ID/],
    [["--config", "config/missing.json"], /missing\.json/],
    [["--scope", WORKSPACE], /no --config and no \$DASHBOARD_CONFIG: a template needs your dashboard's configuration/],
    [["--config", "config/demo.json", "--colour"], /Unknown option '--colour'/],
    // The template would have replaced the configuration it came from.
    [["--config", "config/demo.json", "--scope", WORKSPACE, "--out", "./config/demo.json"], /--out: \.\/config\/demo\.json is the configuration file \(--config\)/],
  ])("refuses %j before generating anything", { timeout: 60_000 }, (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
