import { describe, expect, it } from "vitest";
import { decodePortalQuery, encodePortalQuery, portalLogsLink } from "@/lib/kql/portal-link";

describe("portal deep link", () => {
  it("decodes the Microsoft-authored sample to LAQueryLogs", () => {
    expect(decodePortalQuery("H4sIAAAAAAAAA%252FNxDCxNLar0yU8vBgDTZ2tdCwAAAA%253D%253D")).toBe("LAQueryLogs");
  });

  it("round-trips any query, double percent-encoded like the portal", () => {
    const kql = 'AzureMetrics\n| where MetricName == "replication_lag_seconds" and _ResourceId =~ "/subscriptions/a+b=="\n| take 5';
    const encoded = encodePortalQuery(kql);
    expect(encoded.startsWith("H4sI")).toBe(true);
    expect(encoded).not.toMatch(/[/+=]/);
    expect(decodePortalQuery(encoded)).toBe(kql);
  });

  it("builds the Logs.ReactView link with tenant, workspace and the window as timespan", () => {
    const link = portalLogsLink(
      { portalUrl: "https://portal.azure.com/", workspaceResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w", tenantId: "t-1" },
      "AppMetrics",
      { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-01-01T01:00:00Z") },
    );
    expect(link).toContain("https://portal.azure.com/#@t-1/blade/Microsoft_OperationsManagementSuite_Workspace/Logs.ReactView/resourceId/%2Fsubscriptions%2Fs%2F");
    expect(link).toContain("/source/LogsBlade.AnalyticsShareLinkToQuery/q/H4sI");
    expect(link.endsWith("/timespan/2026-01-01T00%3A00%3A00.000Z%2F2026-01-01T01%3A00%3A00.000Z")).toBe(true);
    const q = link.split("/q/")[1].split("/timespan/")[0];
    expect(decodePortalQuery(q)).toBe("AppMetrics");
  });
});
