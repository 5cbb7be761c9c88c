/**
 * docs/alerts.md's table of rules against the rules `npm run alerts` generates for the demo
 * configuration: names, severity, frequency, window and query range, 1-of-1 failing periods and
 * auto-mitigation, as the page states them.
 */
import { describe, expect, it } from "vitest";
import { alertRules } from "@/lib/alerts";
import { queryRangeMinutes } from "@/lib/alerts/types";
import { loadConfigFile } from "@/lib/config/load";
import { docText, tableAfter } from "./docs-text";

const minutes = (text: string): number => {
  const m = /(\d+) (min|h|days?)/.exec(text);
  if (!m) throw new Error(`no duration in ${text}`);
  return Number(m[1]) * (m[2] === "min" ? 1 : m[2] === "h" ? 60 : 1440);
};

describe("docs/alerts.md rule table", () => {
  const rules = alertRules(loadConfigFile("config/demo.json"));
  const rows = tableAfter(docText("docs/alerts.md"), "| rule | wall condition it pages on |").map(([name, , severity, every, window]) => ({
    // `aad-replication-lag-<tier>-<source>-<target>` (one per pair and direction): a placeholder stands for a name part (an origin host name has hyphens).
    pattern: new RegExp(`^${(/`([^`]+)`/.exec(name)?.[1] ?? "").replace(/<[a-z]+>/g, "[a-z0-9-]+")}$`),
    severity: Number(/^Sev(\d)$/.exec(severity)?.[1]),
    every: minutes(every),
    window: minutes(window),
    range: /\(([^)]*)\)/.exec(window)?.[1],
  }));

  it("has one row per generated rule (or family of rules)", () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rules.filter((r) => rows.filter((row) => row.pattern.test(r.name)).length !== 1).map((r) => r.name)).toEqual([]);
    expect(rows.filter((row) => !rules.some((r) => row.pattern.test(r.name))).map((row) => String(row.pattern))).toEqual([]);
  });

  it("states each rule's severity, frequency, window and query range", () => {
    for (const rule of rules) {
      const row = rows.find((r) => r.pattern.test(rule.name));
      if (!row) continue;
      expect({ severity: rule.severity, every: rule.evaluationFrequencyMinutes, window: rule.windowSizeMinutes }, rule.name).toEqual({
        severity: row.severity,
        every: row.every,
        window: row.window,
      });
      expect(queryRangeMinutes(rule), rule.name).toBe(row.range ? minutes(row.range) : row.window);
    }
  });

  it("fails on 1 of 1 periods and mitigates automatically, every rule", () => {
    for (const rule of rules) {
      expect(rule.failingPeriods, rule.name).toEqual({ numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 });
      expect(rule.autoMitigate, rule.name).toBe(true);
    }
  });
});
