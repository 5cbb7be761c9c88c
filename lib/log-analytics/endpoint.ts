/** Token audiences per Log Analytics query endpoint (public, China, US Government clouds). */
const AUDIENCES: { host: RegExp; audience: string }[] = [
  { host: /(^|\.)loganalytics\.(azure\.com|io)$/i, audience: "https://api.loganalytics.io" },
  { host: /(^|\.)loganalytics\.azure\.cn$/i, audience: "https://api.loganalytics.azure.cn" },
  { host: /(^|\.)loganalytics\.us$/i, audience: "https://api.loganalytics.us" },
];

/**
 * The token scope for an endpoint: the configured one, else the known audience of a public or
 * sovereign cloud, else `<endpoint origin>/.default`. Note: api.loganalytics.azure.com takes tokens
 * for https://api.loganalytics.io (an ARM-audience token gets 403 InvalidAuthenticationTokenAudience).
 */
export function tokenScope(endpoint: string, configured?: string): string {
  if (configured) return configured;
  const url = new URL(endpoint);
  const known = AUDIENCES.find((a) => a.host.test(url.hostname));
  return `${known ? known.audience : url.origin}/.default`;
}

/** The SDK uses a given endpoint verbatim, so the API version segment has to be part of it. */
export function apiBaseUrl(endpoint: string): string {
  const trimmed = endpoint.replace(/\/+$/, "");
  return /\/v1$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}
