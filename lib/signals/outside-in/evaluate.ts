import type { BlindVerdict, OutsideInTest, RangeWorst, Status, TelemetrySourceState } from "@/lib/snapshot/types";
import { SILENT_AFTER_MS } from "../runtime/windows";

export { SILENT_AFTER_MS };
/** A test round is failing when at least this share of its runs failed, and at least this many. */
export const FAILING_SHARE = 0.4;
export const FAILING_MIN_RUNS = 2;

export interface TestCounts {
  runs: number;
  failed: number;
  newestMs: number | null;
}

/** failing: enough of the last round's runs failed; null when the round had no runs. */
export function isFailing(recent: TestCounts | undefined): boolean | null {
  if (!recent || recent.runs === 0) return null;
  return recent.failed >= FAILING_MIN_RUNS && recent.failed >= FAILING_SHARE * recent.runs;
}

export function testState(args: { name: string; region: string | null; range?: TestCounts; recent?: TestCounts }): OutsideInTest {
  const { range, recent } = args;
  const failing = isFailing(recent);
  const runs = range?.runs ?? 0;
  return {
    name: args.name,
    region: args.region,
    runs,
    failed: range?.failed ?? 0,
    availability: runs > 0 ? (runs - (range?.failed ?? 0)) / runs : null,
    recentRuns: recent?.runs ?? 0,
    recentFailed: recent?.failed ?? 0,
    failing,
    newest: range?.newestMs == null ? null : new Date(range.newestMs).toISOString(),
    status: failing === null ? "no-data" : failing ? "breach" : "ok",
  };
}

export function sourceState(id: string, label: string, newestMs: number | null, asOfMs: number, silentAfterMs = SILENT_AFTER_MS): TelemetrySourceState {
  return { id, label, newest: newestMs === null ? null : new Date(newestMs).toISOString(), silent: newestMs === null || asOfMs - newestMs > silentAfterMs };
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function silentSentence(s: TelemetrySourceState, asOfMs: number, lookbackHours: number): string {
  if (s.newest === null) return `${s.label}: nothing in the last ${lookbackHours} h.`;
  const minutes = Math.round((asOfMs - Date.parse(s.newest)) / 60_000);
  return `${s.label}: silent since ${utc(s.newest)} (${minutes} min).`;
}

const runsText = (t: OutsideInTest) => `${t.recentFailed} of ${t.recentRuns} runs failed in the last round`;

/**
 * Who is failing, or who is blind. Outside-in tests decide between the three causes a silent or red
 * wall can have: an origin failing its direct test is a region failing; the global endpoint failing
 * while every origin answers directly is Front Door failing; a silent source while the global test
 * passes is our logs missing (users are fine).
 */
export function blindVerdict(args: {
  tests: readonly OutsideInTest[];
  sources: readonly TelemetrySourceState[];
  asOfMs: number;
  lookbackHours: number;
  regionName: (id: string) => string;
}): BlindVerdict {
  const { tests, sources, asOfMs, regionName } = args;
  const silent = sources.filter((s) => s.silent);
  const detail = silent.map((s) => silentSentence(s, asOfMs, args.lookbackHours));
  const global = tests.find((t) => t.region === null);
  const origins = tests.filter((t) => t.region !== null);
  const failingRegions = origins.filter((t) => t.failing === true).map((t) => t.region as string);
  const base = { sources: [...sources], regions: failingRegions };
  if (sources.length > 0 && silent.length === sources.length) {
    return { ...base, kind: "all-silent", status: "no-data", headline: "Every telemetry source is silent: the workspace, or the dashboard's access to it, is down.", detail };
  }
  if (failingRegions.length > 0) {
    const names = failingRegions.map(regionName).join(" and ");
    const sample = origins.find((t) => t.failing === true) as OutsideInTest;
    return {
      ...base,
      kind: "region-failing",
      status: "breach",
      headline: `${names} failing: ${failingRegions.length > 1 ? "their origins fail" : "its origin fails"} the direct outside-in test (${runsText(sample)}).`,
      detail: silent.length > 0 ? [...detail, "A failed region's own metrics and canary go quiet with it: expected, not a logging fault."] : detail,
    };
  }
  if (global?.failing === true && origins.every((t) => t.failing === false)) {
    return {
      ...base,
      kind: "frontdoor-failing",
      status: "breach",
      headline: `Front Door failing: the global endpoint fails outside-in (${runsText(global)}) while every origin answers its direct test.`,
      detail,
    };
  }
  if (silent.length > 0) {
    const confirmed = global?.failing === false;
    return {
      ...base,
      kind: "logs-missing",
      status: "warn",
      headline: confirmed
        ? `Our logs are missing, users are fine: ${silent.map((s) => s.label).join(", ")} silent; the global endpoint passes outside-in (${runsText(global)}).`
        : `Our logs are missing: ${silent.map((s) => s.label).join(", ")} silent, and no outside-in result can say whether users are fine.`,
      detail,
    };
  }
  return { ...base, kind: "ok", status: "ok", headline: "Every telemetry source reports; outside-in tests pass.", detail };
}

const pct = (r: number) => `${(r * 100).toFixed(3)} %`;

/** Why the outside-in SLI and the edge SLI differ, in words (rendered as-is by the availability view). */
export function sliGapExplained(outside: number | null, edge: number | null, runs: number, locations: number): string {
  const how = `Outside-in counts ${runs} runs of the global test from ${locations} locations; the edge counts every request Front Door logged.`;
  if (outside === null || edge === null) return `No comparison: ${outside === null ? "no outside-in runs" : "no edge traffic"} in the SLO window. ${how}`;
  const gapPp = (outside - edge) * 100;
  const head = `Outside-in ${pct(outside)} vs edge ${pct(edge)} (${gapPp >= 0 ? "+" : ""}${gapPp.toFixed(3)} pp).`;
  // A run is one sample: closer than one run's weight is agreement.
  const oneRun = runs > 0 ? 1 / runs : 1;
  if (Math.abs(outside - edge) <= oneRun) return `${head} They agree within one test run's weight. ${how}`;
  if (outside < edge)
    return `${head} Outside-in saw more failure: failures that never reach Front Door's logs (Front Door itself, DNS, the route) count only outside-in. ${how}`;
  return `${head} The edge saw more failure: it weighs a failing minute by its traffic, the tests by their runs, and short bursts between runs are missed outside-in. ${how}`;
}

/** Over the range: the global test below the SLO target breaches; an origin test below it warns. */
export function outsideInRangeWorst(tests: readonly OutsideInTest[], target: number, regionName: (id: string) => string): RangeWorst {
  const measured = tests.filter((t) => t.availability !== null);
  if (measured.length === 0) return { status: "no-data", overBudgetSeconds: null, reason: null };
  const below = measured.filter((t) => (t.availability as number) < target);
  const status: Status = below.some((t) => t.region === null) ? "breach" : below.length > 0 ? "warn" : "ok";
  const reason =
    below.length === 0
      ? null
      : below
          .map((t) => `${t.region === null ? "Global endpoint" : `${regionName(t.region)} origin`} passed ${pct(t.availability as number)} of outside-in runs (${t.failed} of ${t.runs} failed), under the ${pct(target)} target.`)
          .join(" ");
  return { status, overBudgetSeconds: null, reason };
}
