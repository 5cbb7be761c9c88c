import { findIncident, incidentNotFoundSentence, incidentOutsideData, parseIncidentKey, SEARCH_AFTER_START_MS, SEARCH_BEFORE_START_MS } from "@/lib/charts/incident";
import { toViewState, type ViewState } from "@/lib/charts/view-url";
import type { DashboardConfig } from "@/lib/config/schema";
import { parseIncidentId } from "@/lib/params/incident-id";
import { parseViewWindow, type ParamSource } from "@/lib/params/search-params";
import type { IncidentSnapshot, Snapshot } from "@/lib/snapshot/types";
import type { LogsSource } from "@/lib/workspace/types";
import { memoizedSnapshot } from "./serve-snapshot";

/**
 * What an incident page reads from its URL, shared by the page, proxy.ts (which answers a missing
 * incident with the 404 page) and that 404 page: the id and its key, and the view it was opened
 * from, kept for the links back (proxy.ts refused an invalid one).
 */
export function incidentPageRequest(segment: string, search: ParamSource, now: Date) {
  const id = parseIncidentId(decodeSegment(segment));
  const key = id.ok ? parseIncidentKey(id.value) : null;
  const parsed = parseViewWindow(search, { now, defaultPreset: "30d" });
  const shown = parsed.ok ? parsed.value : { asOf: undefined, range: { preset: "30d", from: new Date(now.getTime() - 30 * 86_400_000), to: now } };
  const view: ViewState = toViewState({ ...shown, region: undefined });
  return { id: id.ok ? id.value : null, key, asOf: shown.asOf ?? now, live: shown.asOf === undefined, view };
}

/** No route: proxy.ts rewrites a missing incident here, and Next answers it with app/not-found.tsx and 404. */
export const MISSING_INCIDENT_PATH = "/_missing";

/** Where proxy.ts sends /incidents/<id> naming no incident: the original path and query ride along in `from`. */
export function missingIncidentRewrite(url: URL): URL {
  const target = new URL(MISSING_INCIDENT_PATH, url);
  target.searchParams.set("from", `${url.pathname}${url.search}`);
  return target;
}

/**
 * The incident URL a not-found render is about, or null. The production server runs proxy.ts again on
 * the rewritten /_missing request (the dev server does not), so the request URL proxy.ts passes on is
 * then /_missing?from=…; `from` is only ever read as an incident path (its sentence needs no lookup).
 */
export function missingIncidentUrl(seen: URL): URL | null {
  if (incidentPageSegment(seen.pathname) !== undefined) return seen;
  const from = seen.pathname === MISSING_INCIDENT_PATH ? seen.searchParams.get("from") : null;
  if (!from?.startsWith("/incidents/")) return null;
  const url = new URL(from, seen);
  return incidentPageSegment(url.pathname) !== undefined ? url : null;
}

/** The id segment of /incidents/<id> (still encoded), or undefined for any other path. */
export function incidentPageSegment(pathname: string): string | undefined {
  const m = /^\/incidents\/([^/]+)\/?$/.exec(pathname);
  return m?.[1];
}

/** The id segment decoded once more (links encode its colons); a malformed escape is no incident (404, not 500). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

export type IncidentLookup = { incident: IncidentSnapshot; snapshot: Snapshot } | { incident: null; sentence: string };

/**
 * The incident an id names, found again in a snapshot around its start, or why there is none (the
 * 404 page's sentence). Outside the data nothing is searched. The snapshot is the memoised replay
 * every viewer shares, so proxy.ts asking first and the page asking next cost one evaluation.
 */
export async function lookUpIncident(args: {
  config: DashboardConfig;
  source: () => LogsSource;
  id: string;
  key: { region: string; start: Date };
  asOf: Date;
  live: boolean;
  dataStart: Date | null;
  dataEnd: Date | null;
}): Promise<IncidentLookup> {
  const { id, key, asOf, live, dataStart, dataEnd } = args;
  const missing = { incident: null, sentence: incidentNotFoundSentence({ id, region: key.region, start: key.start, asOf, live, dataStart, dataEnd }) } as const;
  if (incidentOutsideData({ start: key.start, asOf, dataStart, dataEnd })) return missing;
  const searchTo = new Date(Math.min(asOf.getTime(), key.start.getTime() + SEARCH_AFTER_START_MS));
  const range = { from: new Date(key.start.getTime() - SEARCH_BEFORE_START_MS), to: searchTo };
  const snapshot = await memoizedSnapshot({ config: args.config, source: args.source, range, region: key.region, live: false });
  const incident = findIncident(snapshot, id);
  return incident ? { incident, snapshot } : missing;
}
