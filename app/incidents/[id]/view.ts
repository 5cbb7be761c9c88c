import { parseIncidentKey } from "@/lib/charts/incident";
import { toViewState, type ViewState } from "@/lib/charts/view-url";
import { parseIncidentId, parseViewWindow } from "@/lib/params";
import type { ParamSource } from "@/lib/params/search-params";

/**
 * What an incident page reads from its URL, shared by the page and its 404 page (which Next renders
 * without the page's params): the id and its key, and the view it was opened from, kept for the
 * links back (proxy.ts refused an invalid one).
 */
export function incidentPageRequest(segment: string, search: ParamSource, now: Date) {
  const id = parseIncidentId(decodeSegment(segment));
  const key = id.ok ? parseIncidentKey(id.value) : null;
  const parsed = parseViewWindow(search, { now, defaultPreset: "30d" });
  const shown = parsed.ok ? parsed.value : { asOf: undefined, range: { preset: "30d", from: new Date(now.getTime() - 30 * 86_400_000), to: now } };
  const view: ViewState = toViewState({ ...shown, region: undefined });
  return { id: id.ok ? id.value : null, key, asOf: shown.asOf ?? now, live: shown.asOf === undefined, view };
}

/** The id segment decoded once more (links encode its colons); a malformed escape is no incident (404, not 500). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
