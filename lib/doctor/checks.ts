import type { DashboardConfig } from "../config/schema";
import { SIGNAL_MODULES, type SignalRegistry } from "../signals";
import { withCompanionHint } from "../telemetry/companion";
import { absentTableFact, feedRecentQuery, feedRemedy, type TelemetryFeed } from "../telemetry/contract";

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

/** The contract feeds the registered signals read under this configuration, each with its readers. */
function readFeeds(config: DashboardConfig, registry: SignalRegistry): { feed: TelemetryFeed; signals: string[] }[] {
  const byFeed = new Map<string, { feed: TelemetryFeed; signals: string[] }>();
  for (const m of registry) {
    for (const feed of m.telemetry) {
      if (feed.appliesTo && !feed.appliesTo(config)) continue;
      const entry = byFeed.get(feed.id) ?? { feed, signals: [] };
      entry.signals.push(m.key);
      byFeed.set(feed.id, entry);
    }
  }
  return [...byFeed.values()];
}

/** What an absent contract table means for this configuration. */
export type AbsentTable =
  /** No registered signal reads it: nothing the dashboard shows is missing. */
  | { status: "optional" }
  /** Some feed read from it blanks a signal when missing (the contract's `ifMissing: "fail"`). */
  | { status: "fail"; feeds: TelemetryFeed[] }
  /** Every feed read from it is warn-if-missing in the contract; `facts` says what goes unseen. */
  | { status: "warn"; feeds: TelemetryFeed[]; facts: string[] };

/**
 * The severity of an absent table, from the contract alone: the worst `ifMissing` of the feeds the
 * registered signals read from it (the same severity the feed's data check uses), so the table
 * check and the data check of one feed never disagree.
 */
export function absentTableSeverity(table: string, config: DashboardConfig, registry: SignalRegistry = SIGNAL_MODULES): AbsentTable {
  const feeds = readFeeds(config, registry)
    .map((e) => e.feed)
    .filter((f) => f.table === table);
  if (feeds.length === 0) return { status: "optional" };
  if (feeds.some((f) => f.ifMissing === "fail")) return { status: "fail", feeds };
  return { status: "warn", feeds, facts: feeds.filter((f) => f.withoutIt).map(absentTableFact) };
}

/**
 * Beyond "the table exists": one check per telemetry feed that a registered signal reads under this
 * configuration (lib/telemetry/contract.ts), with the names and Properties keys its queries read.
 */
export function dataChecks(config: DashboardConfig, registry: SignalRegistry = SIGNAL_MODULES): DataCheck[] {
  return readFeeds(config, registry).map(({ feed, signals }) => ({
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
