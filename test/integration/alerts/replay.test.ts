import { beforeAll, describe, expect, it } from "vitest";
import { alertRules, type AlertRule } from "@/lib/alerts";
import { evaluateRuleAt, evaluationTimes } from "@/lib/alerts/replay";
import { buildSnapshot } from "@/lib/catalog/build";
import demo from "@/config/demo.json";
import { loadConfigFile, parseConfig } from "@/lib/config/load";
import type { DashboardConfig } from "@/lib/config/schema";
import { Workspace } from "@/lib/dataset";
import type { RowSink } from "@/lib/dataset/sink";
import { EmbeddedSource } from "@/lib/engine/embedded-source";
import { SIGNAL_MODULES } from "@/lib/signals";
import { BURN_ALERT_RULES } from "@/lib/signals/availability/evaluate";
import { SURVIVOR_LIMIT_PERCENT } from "@/lib/signals/saturation/evaluate";
import { scenarioRun, SCENARIO_NAMES, simulate } from "@/lib/simulator";
import { DEFAULT_DURATION_SECONDS } from "@/lib/simulator/scenarios";
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
/** The snapshot's range: the wall's flapping warning looks back an hour. */
const RANGE_MS = 60 * 60_000;

/** What the wall shows for the condition a rule pages on, from the snapshot (never recomputed from rows). */
function wallShows(rule: AlertRule, s: Snapshot): boolean {
  if (rule.signal === "availability") {
    const r = BURN_ALERT_RULES.find((b) => rule.name === `aad-availability-${b.severity}-burn-${b.long}-${b.short}`);
    return s.availability.alerts.some((a) => a.rule === `burn(${r?.long}) > ${r?.factor} and burn(${r?.short}) > ${r?.factor}`);
  }
  if (rule.signal === "replication") return s.replication.some((p) => rule.name === `aad-replication-lag-${p.tier}-${p.source}-${p.target}` && p.status === "breach");
  // The feed's status itself: in every scenario its breach is the depth threshold (a growth-only breach
  // for 30 min, which the rule does not page on, would show up here as a silent alert).
  if (rule.signal === "conflicts") return s.conflicts.some((c) => c.status === "breach");
  if (rule.signal === "splitBrain") return s.splitBrain.status === "breach";
  if (rule.signal === "regions") return s.regions.some((r) => (r.survivorProjectedPercent ?? 0) > SURVIVOR_LIMIT_PERCENT);
  // Origin health NO DATA for want of a probe row (the rule's window is 2 days, the wall's 7; the datasets here hold hours).
  if (rule.name === "aad-origin-probe-log-missing") return s.regions.some((r) => r.originStatus === "no-data" && /^No Front Door probe log in \d+ days/.test(r.originReason ?? ""));
  // The origin-health signal's own words for a flapping origin within the range (the last hour).
  if (rule.signal === "originHealth") return s.signals.originHealth.warnings.some((w) => / flapped: \d+ flips between /.test(w));
  if (rule.signal === "incidents") return s.incidents.some((i) => rule.name.startsWith(`aad-incident-open-past-rto-${i.region}-`) && i.recoveredAt === null && i.rtoStatus === "breach");
  throw new Error(`no wall comparison for ${rule.name}`);
}

const everShown = new Set<string>();

/** Every simulator scenario, and a flapping origin: three 3-minute outages of one region 9 minutes apart. */
const CASES: [string, (workspace: Workspace) => { from: Date }][] = [
  ...SCENARIO_NAMES.map((n): [string, (w: Workspace) => { from: Date }] => [n, (w) => {
    const truth = scenarioRun(n, { config, at: AT, hours: 2, seed: SEED, sink: w });
    // From 10 minutes before the scenario starts (scenarioRun ends it 15 minutes before AT); steady: the last hour.
    const start = AT.getTime() - (DEFAULT_DURATION_SECONDS[n] + 15 * 60) * 1000;
    return { from: new Date(n === "steady" ? Date.parse(truth.range.to) - 60 * 60_000 : start - 10 * 60_000) };
  }]),
  // A diagnostic setting that sends the access log but not FrontDoorHealthProbeLog (the steady deployment otherwise).
  ["no-probe-log", (w) => {
    const sink: RowSink = { append: (table, row) => void (row.Category !== "FrontDoorHealthProbeLog" && w.append(table, row)), ensureTable: (table) => w.ensureTable(table) };
    const truth = scenarioRun("steady", { config, at: AT, hours: 2, seed: SEED, sink });
    return { from: new Date(Date.parse(truth.range.to) - 60 * 60_000) };
  }],
  ["flapping", (w) => {
    const first = AT.getTime() - 60 * 60_000;
    const scenarios = [0, 9, 18].map((m) => ({ name: "region-outage" as const, start: new Date(first + m * 60_000), durationSeconds: 180, region: "westeurope" }));
    simulate({ config, scenarios, from: new Date(AT.getTime() - 2 * 3600_000), to: AT, seed: SEED, sink: w });
    return { from: new Date(first - 10 * 60_000) };
  }],
];

interface Replay {
  times: Date[];
  wall: Map<string, boolean[]>;
  fired: Map<string, boolean[]>;
}

/** Snapshot and every rule at each time: what the wall shows and whether each rule fires. */
async function replay(cfg: DashboardConfig, list: AlertRule[], workspace: Workspace, from: Date, to: Date, stepMin: number): Promise<Replay> {
  const times = evaluationTimes({ ...list[0], evaluationFrequencyMinutes: stepMin }, from, to);
  const wall = new Map(list.map((r) => [r.name, [] as boolean[]]));
  const fired = new Map(list.map((r) => [r.name, [] as boolean[]]));
  for (const t of times) {
    const source = new EmbeddedSource(workspace, () => t);
    const snapshot = await buildSnapshot({ config: cfg, source, range: { from: new Date(t.getTime() - RANGE_MS), to: t } }, SIGNAL_MODULES);
    for (const r of list) {
      wall.get(r.name)?.push(wallShows(r, snapshot));
      fired.get(r.name)?.push(evaluateRuleAt(workspace, r, t).firing);
    }
  }
  return { times, wall, fired };
}

/** Fires within one of the rule's evaluation periods of every moment the wall shows it, and never away from one. */
function expectAgreement(rule: AlertRule, { times, wall, fired }: Replay, stepMin: number) {
  const w = wall.get(rule.name) ?? [];
  const f = fired.get(rule.name) ?? [];
  const timeline = times.map((t, i) => `${t.toISOString().slice(11, 16)} wall=${w[i] ? "B" : "-"} alert=${f[i] ? "F" : "-"}`).join("\n");
  const periods = Math.max(1, Math.round(rule.evaluationFrequencyMinutes / stepMin));
  w.forEach((shown, i) => {
    if (shown) expect(f.slice(Math.max(0, i - periods), i + periods + 1).some(Boolean), `wall shows it at ${times[i].toISOString()} but the alert is silent\n${timeline}`).toBe(true);
  });
  f.forEach((firing, i) => {
    if (firing) expect(w.slice(Math.max(0, i - periods), i + periods + 1).some(Boolean), `alert fires at ${times[i].toISOString()} while the wall does not show it\n${timeline}`).toBe(true);
  });
}

const QUIET_SCENARIOS = new Set(["steady", "log-export-stopped"]);

describe.each(CASES)("alert replay: scenario %s", (name, build) => {
  let result: Replay;
  beforeAll(async () => {
    const workspace = new Workspace();
    const { from } = build(workspace);
    result = await replay(config, rules, workspace, from, AT, STEP_MIN);
  });

  it("shows the scenario on the wall and in the pager alike (not a vacuous pass)", () => {
    const shown = rules.filter((r) => result.wall.get(r.name)?.some(Boolean)).map((r) => r.name);
    for (const r of shown) everShown.add(r);
    // Quiet scenarios: nothing is wrong for users. When only the log export stops, the pager must stay
    // silent too (missing rows are the who-is-blind banner's job, not a page).
    if (QUIET_SCENARIOS.has(name)) {
      expect(shown).toEqual([]);
      expect(rules.filter((r) => result.fired.get(r.name)?.some(Boolean)).map((r) => r.name), `fired in the ${name} scenario`).toEqual([]);
    } else expect(shown.length, `${name}: no rule's condition ever shows on the wall`).toBeGreaterThan(0);
  });

  it.each(rules.map((r) => [r.name, r] as const))("%s fires within one evaluation period of the wall, and only then", (_n, rule) => {
    expectAgreement(rule, result, STEP_MIN);
  });
});

/**
 * No scenario's incident outlasts the demo's 300 s RTO budget (Front Door evicts in ~80 s), so the
 * open-incident rules are replayed with a 60 s budget over an outage of each region, every minute:
 * the wall's incident stays open until 120 s of clean edge bins follow the last error bin.
 */
describe("alert replay: an outage of each region against a 60 s RTO budget, every minute", () => {
  const tight = parseConfig({ ...demo, budgets: { ...demo.budgets, rtoSeconds: 60 } });
  const incidentRules = alertRules(tight).filter((r) => r.signal === "incidents");
  const starts = [AT.getTime() - 50 * 60_000, AT.getTime() - 30 * 60_000];
  const results: Replay[] = [];
  beforeAll(async () => {
    const workspace = new Workspace();
    const scenarios = tight.regions.map((r, i) => ({ name: "region-outage" as const, start: new Date(starts[i]), durationSeconds: 10 * 60, region: r.id }));
    simulate({ config: tight, scenarios, from: new Date(AT.getTime() - 2 * 3600_000), to: AT, seed: SEED, sink: workspace });
    for (const start of starts) results.push(await replay(tight, incidentRules, workspace, new Date(start - 2 * 60_000), new Date(start + 7 * 60_000), 1));
  });

  it.each(incidentRules.map((r) => [r.name, r] as const))("%s fires within one evaluation period of the wall, and only then", (_n, rule) => {
    for (const result of results) expectAgreement(rule, result, 1);
    // Each region's rule was compared while its incident was open past the budget.
    expect(results.some((result) => result.wall.get(rule.name)?.some(Boolean))).toBe(true);
    everShown.add(rule.name);
  });
});

describe("alert replay coverage", () => {
  it("every rule's condition shows on the wall in some scenario, so each rule was compared while firing", () => {
    expect(rules.filter((r) => !everShown.has(r.name)).map((r) => r.name)).toEqual([]);
  });
});
