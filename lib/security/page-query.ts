/**
 * Query parameters of the pages, checked by proxy.ts with the parsers each page itself uses, so an
 * invalid parameter is a 400 (a server component cannot set its status once it streams, so the page
 * alone could only show the message with a 200). Unknown parameters are left alone, as the pages do.
 */
import { parseAlertSignal } from "../alerts/view";
import { parseSignalName } from "../catalog/signal-param";
import type { DashboardConfig } from "../config/schema";
import { parseIncidentKey } from "../charts/incident";
import { parseIncidentId } from "../params/incident-id";
import { fail, quote, type ParamError, type ParamResult, type RawParam } from "../params/result";
import { getParam, parseViewQuery, parseViewWindow } from "../params/search-params";
import { parseMonthParam } from "../review/month-param";
import { reviewNow } from "../review/months";
import { parseWallParams } from "../wall/params";
import { normalizePath } from "./routes";

export interface PageQueryOptions {
  config: DashboardConfig;
  now: Date;
  embedded: boolean;
}

/** The first invalid parameter of a page request, or undefined (also for routes that are not pages). */
export function pageQueryError(pathname: string, params: URLSearchParams, opts: PageQueryOptions): ParamError | undefined {
  const path = normalizePath(pathname);
  const { config, now } = opts;
  // A page's own path segment first, as its page reads it (decoded): /signals/<signal>, /incidents/<id>.
  const [first, segment, ...rest] = path.split("/").slice(1).map(decodeSegment);
  if (segment !== undefined && rest.length === 0) {
    const own = first === "signals" ? parseSignalName(segment) : first === "incidents" ? parseIncidentPageId(segment, config) : undefined;
    if (own && !own.ok) return own.error;
  }
  let result: { ok: true } | { ok: false; error: ParamError } | undefined;
  if (path === "/" || path.startsWith("/signals/")) result = parseViewQuery(params, { config, now });
  else if (path === "/incidents") result = parseViewQuery(params, { config, now, defaultPreset: "30d" });
  else if (path.startsWith("/incidents/")) result = parseViewWindow(params, { now, defaultPreset: "30d" });
  else if (path === "/alerts") result = parseAlertSignal(getParam(params, "signal"), config);
  else if (path === "/wall") result = parseWallParams(params, { embedded: opts.embedded, now });
  else if (path === "/review") result = parseMonthParam(getParam(params, "month"), reviewNow(now));
  return result && !result.ok ? result.error : undefined;
}

/** proxy.ts refuses malformed percent-encoding before this runs; undecodable text stays as it came. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The 400 page: the message the page itself would show (its parameter, what was wrong, what is
 * allowed) as plain HTML with no script or style, so it renders under the CSP on any screen.
 */
export function badPageHtml(error: ParamError): string {
  // The pages' own wording (app/page.tsx and the others): "Invalid parameter <code>range</code>: …".
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invalid parameter</title></head>',
    `<body><main><h1>Invalid parameter</h1><p role="alert">Invalid parameter <code>${escapeHtml(error.parameter)}</code>: `,
    `${escapeHtml(error.message)}. Allowed: ${escapeHtml(error.allowed)}.</p>`,
    '<p><a href="/">Open the overview</a></p></main></body></html>\n',
  ].join("");
}

const KEY_ALLOWED = "<region>-<start>, the start a real UTC second, e.g. uksouth-2026-01-31T08:00:00Z";

/**
 * An incident page's id as the page reads it: region and start (lib/charts/incident.ts), the region
 * configured. Either wrong was a wordless 404, and an impossible date (02-30) a 200 page that looked
 * for the incident at another time (03-02).
 */
export function parseIncidentPageId(raw: RawParam, config: DashboardConfig, parameter = "id"): ParamResult<string> {
  const id = parseIncidentId(raw, parameter);
  if (!id.ok) return id;
  const key = parseIncidentKey(id.value);
  if (!key) return fail(parameter, `${quote(id.value)} is not an incident id`, KEY_ALLOWED);
  const regions = config.regions.map((r) => r.id);
  if (!regions.includes(key.region)) return fail(parameter, `${quote(id.value)}: ${quote(key.region)} is not a configured region`, `an incident of one of ${regions.join(", ")}: ${KEY_ALLOWED}`);
  return id;
}
