/**
 * The refusal of two analyzer errors published queries make says how to write the query: a keyword Kusto's grammar
 * takes as a name only where a name is declared (KustoFacts.ExtendedKeywordsAsIdentifiers, microsoft/Kusto-Query-Language;
 * the entity-names page's escape `['name']`), and a classic Application Insights column over the workspace's App*
 * tables (Microsoft Learn, "Migrate to workspace-based Application Insights resources", table structure).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlSemanticError } from "@/lib/engine/errors";
import { nameHint } from "@/lib/engine/name-hints";
import { runQuery } from "@/lib/engine/run-query";

function refusal(ws: Workspace, kql: string): KqlSemanticError {
  try {
    runQuery(ws, kql);
  } catch (e) {
    expect(e).toBeInstanceOf(KqlSemanticError);
    return e as KqlSemanticError;
  }
  throw new Error(`ran: ${kql}`);
}

describe("name hints on analyzer errors", () => {
  const ws = new Workspace();
  ws.ensureTable("AzureMetrics");
  ws.ensureTable("AppRequests");

  it("a keyword read as a column is refused (KS198), and the refusal gives the bracketed name, which runs", () => {
    const e = refusal(ws, "AzureMetrics | summarize earliest = min(TimeGenerated) | project earliest");
    expect(e.code).toBe("KS198");
    expect(e.message).toContain("write ['earliest']");
    const ok = runQuery(ws, "AzureMetrics | summarize earliest = min(TimeGenerated) | project ['earliest']");
    expect(ok.columns.map((c) => c.name)).toEqual(["earliest"]);
  });

  it("a classic column over an App* table names the workspace column; over another table, or an unknown name, no hint", () => {
    expect(refusal(ws, "AppRequests | where timestamp > ago(1h)").message).toContain("name it TimeGenerated");
    expect(refusal(ws, "AppRequests | summarize count() by cloud_RoleName").message).toContain("name it AppRoleName");
    expect(refusal(ws, "AzureMetrics | where timestamp > ago(1h)").message).not.toContain("classic");
    expect(refusal(ws, "AppRequests | summarize by Status").message).not.toContain("classic");
  });

  it("only the two codes get a hint", () => {
    expect(nameHint("KS142", "earliest", "AzureMetrics")).toBeNull();
    expect(nameHint("KS198", "timestamp", "AppRequests")).toBeNull();
    expect(nameHint("KS198", "latest", "T | project latest")).toContain("['latest']");
  });
});
