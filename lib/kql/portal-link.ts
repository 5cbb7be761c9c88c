import { gunzipSync, gzipSync } from "node:zlib";

/**
 * "Open in Log Analytics" deep links (shared/reference/log-analytics-schemas.md section 8):
 * the query is gzipped, base64-encoded and percent-encoded twice, as the portal itself does.
 */

export function encodePortalQuery(kql: string): string {
  const b64 = gzipSync(Buffer.from(kql, "utf8")).toString("base64");
  return encodeURIComponent(encodeURIComponent(b64));
}

export function decodePortalQuery(encoded: string): string {
  const b64 = decodeURIComponent(decodeURIComponent(encoded));
  return gunzipSync(Buffer.from(b64, "base64")).toString("utf8");
}

export interface PortalLinkTarget {
  /** e.g. https://portal.azure.com */
  portalUrl: string;
  /** ARM id of the workspace (or App Insights component) the query opens in. */
  workspaceResourceId: string;
  tenantId?: string;
}

/** A link that opens `kql` over [from, to) in the portal's Log Analytics. */
export function portalLogsLink(target: PortalLinkTarget, kql: string, window: { from: Date; to: Date }): string {
  const base = target.portalUrl.replace(/\/+$/, "");
  const tenant = target.tenantId ? `@${target.tenantId}/` : "";
  const timespan = encodeURIComponent(`${window.from.toISOString()}/${window.to.toISOString()}`);
  return (
    `${base}/#${tenant}blade/Microsoft_OperationsManagementSuite_Workspace/Logs.ReactView` +
    `/resourceId/${encodeURIComponent(target.workspaceResourceId)}` +
    `/source/LogsBlade.AnalyticsShareLinkToQuery/q/${encodePortalQuery(kql)}/timespan/${timespan}`
  );
}
