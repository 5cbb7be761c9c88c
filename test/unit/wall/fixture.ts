import type { IncidentSnapshot, QueryRun, RangeWorst, SignalMeta, Snapshot } from "@/lib/snapshot/types";

export const RANGE_OK: RangeWorst = { status: "ok", overBudgetSeconds: 0, reason: null };

export function run(overrides: Partial<QueryRun> = {}): QueryRun {
  return {
    id: "q",
    kql: "",
    window: { from: "2026-11-22T17:00:00Z", to: "2026-11-22T18:00:00Z" },
    rows: 1,
    durationMs: 3,
    cacheAgeSeconds: 0,
    portalUrl: null,
    warnings: [],
    ...overrides,
  };
}

export function meta(overrides: Partial<SignalMeta> = {}): SignalMeta {
  return { status: "ok", dataAgeSeconds: 30, queries: [run()], warnings: [], ...overrides };
}

export function incident(overrides: Partial<IncidentSnapshot> = {}): IncidentSnapshot {
  return {
    region: "uksouth",
    kind: "real",
    start: "2026-11-20T10:00:00Z",
    evictedAt: "2026-11-20T10:01:00Z",
    recoveredAt: "2026-11-20T10:03:00Z",
    rtoSeconds: 180,
    elapsedSeconds: 180,
    errorWindowSeconds: 120,
    rpoSeconds: 2,
    rpoTiers: [],
    rtoBudgetSeconds: 300,
    rtoStatus: "ok",
    rpoStatus: "ok",
    survivor: { peakPercent: 55, region: "westeurope", throttled429: 0, ranOut: false, status: "ok" },
    status: "ok",
    reasons: [],
    ...overrides,
  };
}

/** A plausible two-region snapshot; tests override what they exercise. */
export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    asOf: "2026-11-22T18:00:00Z",
    range: { from: "2026-11-22T17:00:00Z", to: "2026-11-22T18:00:00Z" },
    source: "embedded",
    regions: [
      { id: "uksouth", displayName: "UK South", originHealthy: true, originStatus: "ok", originReason: null, trafficShareRatio: 0.52, cpuPercent: 61, ruPercent: 55, throttled429: 0, survivorProjectedPercent: 118, survivorStatus: "warn", survivorCaveat: null, survivorBasis: "measured", saturationStatus: "warn", saturationReason: "Could not carry the others' load: 118 % if they failed.", saturationRule: "projection", status: "warn", rangeWorst: RANGE_OK },
      { id: "westeurope", displayName: "West Europe", originHealthy: true, originStatus: "ok", originReason: null, trafficShareRatio: 0.48, cpuPercent: 57, ruPercent: 66, throttled429: 0, survivorProjectedPercent: 127, survivorStatus: "warn", survivorCaveat: null, survivorBasis: "measured", saturationStatus: "warn", saturationReason: "Could not carry the others' load: 127 % if they failed.", saturationRule: "projection", status: "warn", rangeWorst: RANGE_OK },
    ],
    replication: [{ source: "uksouth", target: "westeurope", tier: "cosmos", lagSecondsNow: 1.2, lagSecondsP99: 2, lagSecondsMax: 3, budgetSeconds: 5, status: "ok", reason: null, rangeWorst: RANGE_OK }],
    conflicts: [{ region: "uksouth", container: "invoices", depthNow: 0, depthMax: 3, growing: false, status: "ok", reason: null, rangeWorst: RANGE_OK }],
    originFlips: [],
    probeBlind: [],
    incidents: [incident()],
    splitBrain: { count: 0, races: [], status: "ok", rangeWorst: { ...RANGE_OK, overBudgetSeconds: null } },
    availability: {
      target: 0.9995,
      windowDays: 30,
      sli: 0.99971,
      errorBudgetRemainingRatio: 0.42,
      burnRates: { "5m": 0.1, "30m": 0.2, "1h": 0.3, "6h": 0.5, "3d": 0.9 },
      alerts: [],
      downtimeMinutes: 12.5,
      allowedDowntimeMinutes: 21.6,
      errorBudgetStatus: "ok",
      downtimeOverspent: false,
      sliStatus: "ok",
      burnOver: { "5m": false, "30m": false, "1h": false, "6h": false, "3d": false },
      status: "ok",
      rangeWorst: RANGE_OK,
      corrected: { sli: 0.99971, errorBudgetRemainingRatio: 0.42, downtimeMinutes: 12.5, removedRequests: 0, removedBadRequests: 0, removedMinutes: 0 },
      corrections: [],
    },
    platformHealth: { events: [], status: "ok", rangeWorst: { ...RANGE_OK, overBudgetSeconds: null } },
    incidentAnalytics: { drillMaxAgeDays: 90, regions: [] },
    outsideIn: {
      tests: [],
      sliOutsideIn: 0.9998,
      sliEdge: 0.99971,
      sliGap: 0.00009,
      sliGapExplained: "They agree within one test run's weight.",
      verdict: { kind: "ok", status: "ok", headline: "Every telemetry source reports; outside-in tests pass.", detail: [], regions: [], sources: [] },
      status: "ok",
      rangeWorst: RANGE_OK,
    },
    signals: {
      regions: meta({ dataAgeSeconds: 40 }),
      replication: meta({ dataAgeSeconds: 12 }),
      conflicts: meta(),
      platformHealth: meta(),
      originHealth: meta(),
      splitBrain: meta(),
      availability: meta({ dataAgeSeconds: 90 }),
      incidents: meta(),
      outsideIn: meta(),
    },
    dataAgeSeconds: 90,
    warnings: [],
    ...overrides,
  };
}
