import { describe, expect, it } from "vitest";
import { alertRules, type AlertRule } from "@/lib/alerts";
import { evaluateRuleAt } from "@/lib/alerts/replay";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { runQuery } from "@/lib/engine/run-query";
import type { RowSink } from "@/lib/dataset/sink";
import { simulate } from "@/lib/simulator";

/**
 * The "Front Door probe log missing" rule, replayed the way Azure Monitor runs it over a simulated
 * workspace: a diagnostic setting that sends the access log but not FrontDoorHealthProbeLog (the
 * condition that makes origin health NO DATA on the wall) opens the ticket; the same deployment with
 * the probe log exported, or with no Front Door log at all (the who-is-blind banner's job), stays quiet.
 */
const config = loadConfigFile("config/demo.json");
const AT = new Date("2026-11-20T12:00:00Z");
const found = alertRules(config).find((r) => r.name === "aad-origin-probe-log-missing");

function rule(): AlertRule {
  if (!found) throw new Error("no rule aad-origin-probe-log-missing");
  return found;
}

function workspace(drop: (row: Record<string, unknown>) => boolean): Workspace {
  const ws = new Workspace();
  const sink: RowSink = {
    append: (table, row) => {
      if (!drop(row)) ws.append(table, row);
    },
    ensureTable: (table) => ws.ensureTable(table),
  };
  simulate({ config, scenarios: [], from: new Date(AT.getTime() - 3600_000), to: AT, seed: 5, sink });
  // The table exists once anything was ever sent to it (a workspace without it fails the query: the doctor's finding).
  ws.ensureTable("AzureDiagnostics");
  return ws;
}

describe("alert rule: Front Door probe log missing", () => {
  it("is generated with the signal's own probe-log query and pages nobody (a Sev3 ticket)", () => {
    expect(found).toBeDefined();
    expect(rule().kql).toContain('Category == "FrontDoorHealthProbeLog"');
    expect(rule().kql).toContain('Category == "FrontDoorAccessLog"');
    expect(rule().severity).toBe(3);
  });

  it("fires on a workspace whose diagnostic setting does not send the probe log", () => {
    const ws = workspace((row) => row.Category === "FrontDoorHealthProbeLog");
    const e = evaluateRuleAt(ws, rule(), AT);
    expect(e.firing).toBe(true);
    expect(e.values).toEqual([{ dimensions: {}, value: 1, failing: true }]);
  });

  it("stays quiet with the probe log exported", () => {
    const ws = workspace(() => false);
    // The steady demo's probe log holds failed probes (Front Door logs only those): the rule's proof of export.
    const probes = runQuery(ws, 'AzureDiagnostics | where Category == "FrontDoorHealthProbeLog" | count', { timespan: { from: new Date(AT.getTime() - 3600_000), to: AT }, asOf: AT });
    expect(probes.rows[0][0]).toBeGreaterThan(0);
    expect(evaluateRuleAt(ws, rule(), AT)).toMatchObject({ firing: false, values: [] });
  });

  it("stays quiet when no Front Door log arrives at all (silent logs are the blind banner's, not a ticket about one category)", () => {
    const ws = workspace((row) => typeof row.Category === "string" && row.Category.startsWith("FrontDoor"));
    expect(evaluateRuleAt(ws, rule(), AT).firing).toBe(false);
  });
});
