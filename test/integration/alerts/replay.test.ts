import { beforeAll, describe, expect, it } from "vitest";
import { alertRules, type AlertRule } from "@/lib/alerts";
import { evaluateRuleAt, evaluationTimes } from "@/lib/alerts/replay";
import { buildSnapshot } from "@/lib/catalog/build";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { availability, conflicts, originHealthSignal, replicationLag, saturation, splitBrain } from "@/lib/signals";
import { BURN_ALERT_RULES } from "@/lib/signals/availability/evaluate";
import { SURVIVOR_LIMIT_PERCENT } from "@/lib/signals/saturation/evaluate";
import { scenarioRun, SCENARIO_NAMES } from "@/lib/simulator";
import type { Snapshot } from "@/lib/snapshot/types";

/**
 * Replays every generated alert rule over every simulator scenario the way Azure Monitor runs it
 * (query over its time range ending at each evaluation time, now() = that time, criteria per
 * dimension, failing periods) and compares the first firing with the first moment the catalog's own
 * snapshot, built at the same times, shows the condition the rule pages on. Every rule is evaluated
 * every 5 minutes (its evaluationFrequency, or for the 30-minute ticket rule a finer grid, so the
 * comparison is at snapshot resolution); snapshots are built on the same 5-minute grid.
 */
const config = loadConfigFile("config/demo.json");
const AT = new Date("2026-11-20T12:00:00Z");
const SEED = 11;
const STEP_MIN = 5;
const rules = alertRules(config);
// The incident signal is not read by any rule: left out to keep the replay quick.
const REGISTRY = [saturation, replicationLag, conflicts, originHealthSignal, splitBrain, availability];

/** What the wall shows for the condition a rule pages on, from the snapshot (never recomputed from rows). */
function wallShows(rule: AlertRule, s: Snapshot): boolean {
  if (rule.signal === "availability") {
    const r = BURN_ALERT_RULES.find((b) => rule.name === `aad-availability-${b.severity}-burn-${b.long}-${b.short}`);
    return s.availability.alerts.some((a) => a.rule === `burn(${r?.long}) > ${r?.factor} and burn(${r?.short}) > ${r?.factor}`);
  }
  if (rule.signal === "replication") return s.replication.some((p) => rule.name === `aad-replication-lag-${p.tier}-${p.source}-${p.target}` && p.status === "breach");
  if (rule.signal === "conflicts") return s.conflicts.some((c) => c.status !== "no-data" && (c.depthNow ?? 0) >= config.budgets.conflictDepthThreshold);
  if (rule.signal === "splitBrain") return s.splitBrain.status === "breach";
  if (rule.signal === "saturation") return s.regions.some((r) => (r.survivorProjectedPercent ?? 0) > SURVIVOR_LIMIT_PERCENT);
  throw new Error(`no wall comparison for ${rule.name}`);
}

const everShown = new Set<string>();

describe.each(SCENARIO_NAMES.map((n) => [n]))("alert replay: scenario %s", (name) => {
  const times: Date[] = [];
  const wall = new Map<string, boolean[]>();
  const fired = new Map<string, boolean[]>();
  beforeAll(async () => {
    const workspace = new Workspace();
    const truth = scenarioRun(name, { config, at: AT, hours: 2, seed: SEED, sink: workspace });
    const from = new Date(Date.parse(truth.range.from) + 15 * 60_000);
    times.push(...evaluationTimes({ ...rules[0], evaluationFrequencyMinutes: STEP_MIN }, from, AT));
    for (const r of rules) {
      wall.set(r.name, []);
      fired.set(r.name, []);
    }
    for (const t of times) {
      const source = new EmbeddedSource(workspace, () => t);
      const snapshot = await buildSnapshot({ config, source, range: { from: new Date(t.getTime() - 15 * 60_000), to: t } }, REGISTRY);
      for (const r of rules) {
        wall.get(r.name)?.push(wallShows(r, snapshot));
        fired.get(r.name)?.push(evaluateRuleAt(workspace, r, t).firing);
      }
    }
  });

  it("shows the scenario on the wall and in the pager alike (not a vacuous pass)", () => {
    const shown = rules.filter((r) => wall.get(r.name)?.some(Boolean)).map((r) => r.name);
    for (const r of shown) everShown.add(r);
    if (name === "steady") expect(shown).toEqual([]);
    else expect(shown.length, `${name}: no rule's condition ever shows on the wall`).toBeGreaterThan(0);
  });

  it.each(rules.map((r) => [r.name, r] as const))("%s fires within one evaluation period of the wall, and only then", (_n, rule) => {
    const w = wall.get(rule.name) ?? [];
    const f = fired.get(rule.name) ?? [];
    const timeline = times.map((t, i) => `${t.toISOString().slice(11, 16)} wall=${w[i] ? "B" : "-"} alert=${f[i] ? "F" : "-"}`).join("\n");
    if (name === "steady") expect(f.some(Boolean), `fired in the steady scenario\n${timeline}`).toBe(false);
    const periods = Math.max(1, Math.round(rule.evaluationFrequencyMinutes / STEP_MIN));
    w.forEach((shown, i) => {
      if (!shown) return;
      // Once the wall shows it, the alert fires by the next evaluation of the rule.
      const window = f.slice(Math.max(0, i - periods), i + periods + 1);
      expect(window.some(Boolean), `wall shows it at ${times[i].toISOString()} but the alert is silent\n${timeline}`).toBe(true);
    });
    f.forEach((firing, i) => {
      if (!firing) return;
      const window = w.slice(Math.max(0, i - periods), i + periods + 1);
      expect(window.some(Boolean), `alert fires at ${times[i].toISOString()} while the wall does not show it\n${timeline}`).toBe(true);
    });
  });
});

describe("alert replay coverage", () => {
  it("every rule's condition shows on the wall in some scenario, so each rule was compared while firing", () => {
    expect(rules.filter((r) => !everShown.has(r.name)).map((r) => r.name)).toEqual([]);
  });
});
