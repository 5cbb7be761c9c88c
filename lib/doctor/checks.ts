import type { DashboardConfig } from "../config/schema";
import { SIGNAL_MODULES, type SignalRegistry } from "../signals";
import { withCompanionHint } from "../telemetry/companion";
import { feedRecentQuery, feedRemedy, type TelemetryFeed } from "../telemetry/contract";

/** Contract tables no signal reads today: their absence is reported as optional, neither a warning nor a failure. */
export const OPTIONAL_TABLES: ReadonlySet<string> = new Set(["AppRequests", "AppAvailabilityResults"]);

/**
 * Tables a signal reads that Azure fills only when it has something to report (the Activity log's
 * Service Health and Resource Health events): absent, their signal shows NO DATA, so it is a
 * warning, but never a failure of the deployment's required data.
 */
export const WARN_IF_ABSENT_TABLES: ReadonlySet<string> = new Set(["AzureActivity"]);

/** What each optional table would add: the doctor says it instead of the analyzer's "unknown table". */
export const OPTIONAL_TABLE_ADDS: Readonly<Record<string, string>> = {
  AppRequests:
    "server-side request outcomes per region's app role, for your own drill-down queries in Log Analytics; no panel needs it (availability comes from Front Door's access log and metrics)",
  AppAvailabilityResults:
    "synthetic availability tests against each origin from several locations, a second view of availability (SIGNALS.md lists it as optional); the SLI does not need it",
};

/** One "is the data there" probe: a KQL returning a single row with a `rows` count and `newest` time. */
export interface DataCheck {
  id: string;
  title: string;
  table: string;
  kql: string;
  /** How far back "recent" reaches. */
  withinHours: number;
  /** Missing data here makes a whole signal blank (fail), or is normal at times (warn). */
  ifMissing: "fail" | "warn";
  remedy: string;
  /** The signals that read this feed. */
  signals: string[];
}

/**
 * Beyond "the table exists": one check per telemetry feed that a registered signal reads under this
 * configuration (lib/telemetry/contract.ts), with the names and Properties keys its queries read.
 */
export function dataChecks(config: DashboardConfig, registry: SignalRegistry = SIGNAL_MODULES): DataCheck[] {
  const byFeed = new Map<string, { feed: TelemetryFeed; signals: string[] }>();
  for (const m of registry) {
    for (const feed of m.telemetry) {
      if (feed.appliesTo && !feed.appliesTo(config)) continue;
      const entry = byFeed.get(feed.id) ?? { feed, signals: [] };
      entry.signals.push(m.key);
      byFeed.set(feed.id, entry);
    }
  }
  return [...byFeed.values()].map(({ feed, signals }) => ({
    id: feed.id,
    title: feed.title,
    table: feed.table,
    kql: feedRecentQuery(feed, config),
    withinHours: feed.withinHours,
    ifMissing: feed.ifMissing,
    remedy: withCompanionHint(feed.table, feedRemedy(feed, config)),
    signals,
  }));
}
