import { incidentPageRequest, incidentPageSegment, lookUpIncident } from "../catalog/incident-page";
import type { DashboardConfig } from "../config/schema";
import { dataStart, getSource, recordedUntil, sourceNow } from "./source";

/**
 * True when `url` is /incidents/<id> and the data holds no such incident: proxy.ts then has Next
 * render the not-found page as a route of its own. A page's notFound() cannot give that page server
 * HTML in Next 16: it answers with an empty error shell (`<html id="__next_error__">`) and the
 * not-found UI exists only in the RSC payload, drawn after hydration (vercel/next.js#62228, open;
 * React's SSR runs no client error boundary), while an unmatched route's not-found is rendered
 * on the server with status 404. False on any failure: the page then answers as it would.
 */
export async function namesMissingIncident(url: URL, config: DashboardConfig): Promise<boolean> {
  const segment = incidentPageSegment(url.pathname);
  if (segment === undefined) return false;
  try {
    const now = sourceNow();
    const { id, key, asOf, live } = incidentPageRequest(segment, url.searchParams, now);
    // proxy.ts answered 400 for a malformed id or an unknown region before this.
    if (id === null || !key || !config.regions.some((r) => r.id === key.region)) return false;
    const found = await lookUpIncident({ config, source: () => getSource(config), id, key, asOf, live, dataStart: dataStart(config, now), dataEnd: recordedUntil(config) });
    return found.incident === null;
  } catch {
    return false;
  }
}
