import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";
import { configuredWrites, writeCountQuery } from "@/lib/signals/split-brain/query";
import { writesSeriesQuery } from "@/lib/signals/split-brain/series";

const config = loadConfigFile("config/demo.json");
const T0 = Date.parse("2026-11-22T10:00:00Z");

/** Three configured writes with an entity, one configured write without one, one read. */
function workspace(): Workspace {
  const ws = new Workspace();
  const dep = (i: number, Name: string, Properties: Record<string, string>) =>
    ws.append("AppDependencies", { TimeGenerated: new Date(T0 + i * 10_000).toISOString(), DependencyType: "Azure DocumentDB", Name, Properties });
  dep(0, "UpsertInvoice", { invoiceId: "a", region: "uksouth" });
  dep(1, "ReplaceInvoice", { invoiceId: "b", region: "westeurope" });
  dep(2, "UpsertInvoice", { invoiceId: "a", region: "westeurope" });
  dep(3, "UpsertInvoice", { region: "uksouth" });
  dep(4, "ReadInvoice", { invoiceId: "a", region: "uksouth" });
  return ws;
}

describe("split-brain writes series", () => {
  it("is built on the catalog's definition of a write, not a second copy of its filter", () => {
    const series = writesSeriesQuery(config, 60);
    expect(series.startsWith(configuredWrites(config))).toBe(true);
    expect(series.match(/AppDependencies/g)).toHaveLength(1);
  });

  it("counts the same writes per region as the catalog's write count", () => {
    const ws = workspace();
    const window = { timespan: { from: new Date(T0 - 60_000), to: new Date(T0 + 60_000) } };
    const total = runQuery(ws, writeCountQuery(config), window).rows[0][0];
    const perRegion = runQuery(ws, writesSeriesQuery(config, 60), window).rows;
    const writesColumn = runQuery(ws, writesSeriesQuery(config, 60), window).columns.findIndex((c) => c.name === "writes");
    expect(total).toBe(3);
    expect(perRegion.reduce((sum, row) => sum + Number(row[writesColumn]), 0)).toBe(total);
    const uk = runQuery(ws, writesSeriesQuery(config, 60, "uksouth"), window).rows;
    expect(uk.reduce((sum, row) => sum + Number(row[writesColumn]), 0)).toBe(1);
  });
});
