import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset";
import { incidentBinsQuery } from "@/lib/signals/incidents/query";
import { failedProbeSlotsQuery, originErrorBinsQuery, originPopsQuery, trafficShareQuery } from "@/lib/signals/origin-health/query";
import { toRows } from "@/lib/signals/runtime/rows";
import { EmbeddedSource } from "@/lib/engine/embedded-source";

const config = loadConfigFile("config/demo.json");
const UK = "payments-uksouth.azurewebsites.net";
const WEU = "payments-westeurope.azurewebsites.net";
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const iso = (s: number) => new Date(T0 + s * 1000).toISOString();
const window = { from: new Date(T0 - 3600_000), to: new Date(T0 + 3600_000) };

function access(ws: Workspace, s: number, origin: string, status: string, pop = "LON") {
  ws.append("AzureDiagnostics", { TimeGenerated: iso(s), Category: "FrontDoorAccessLog", originName_s: `${origin}:443`, httpStatusCode_s: status, pop_s: pop });
}
function probe(ws: Workspace, s: number, origin: string, pop: string, column: "POP_s" | "pop_s" = "POP_s") {
  ws.append("AzureDiagnostics", { TimeGenerated: iso(s), Category: "FrontDoorHealthProbeLog", originName_s: origin, [column]: pop, result_s: "OriginError" });
}
async function rows(ws: Workspace, kql: string, w = window) {
  return toRows((await new EmbeddedSource(ws, () => w.to).query(kql, w)).table);
}

describe("origin-health KQL over hand-made rows", () => {
  it("counts distinct failing POPs per slot, reading POP_s or pop_s, and ignores unknown origins", async () => {
    const ws = new Workspace();
    probe(ws, 1, UK, "LON");
    probe(ws, 2, UK, "LON");
    probe(ws, 5, UK, "AMS", "pop_s");
    probe(ws, 31, UK, "DUB");
    probe(ws, 3, "someone-else.example.com", "LON");
    const out = await rows(ws, failedProbeSlotsQuery(config));
    expect(out.map((r) => [r.origin, r.slot, r.failedPops, r.failures]).sort()).toEqual([
      [UK, iso(0), 2, 3],
      [UK, iso(30), 1, 1],
    ]);
  });

  it("knows the POPs of an origin from its probe and access logs, with ':443' stripped", async () => {
    const ws = new Workspace();
    access(ws, 1, UK, "200", "LON");
    access(ws, 2, UK, "200", "AMS");
    probe(ws, 3, UK, "PAR");
    probe(ws, 4, UK, "LON");
    access(ws, 5, WEU, "200", "FRA");
    const out = await rows(ws, originPopsQuery(config));
    const byOrigin = Object.fromEntries(out.map((r) => [r.origin, [r.knownPops, r.requests]]));
    expect(byOrigin).toEqual({ [UK]: [3, 2], [WEU]: [1, 1] });
  });

  it("returns 10 s bins with an origin error ratio ≥ 0.05, 499s left out of both counts, 0 counted as bad", async () => {
    const ws = new Workspace();
    // Bin 0: 19 OK + 1 timeout (status 0) = 0.05 → returned. 499s would dilute it if counted.
    for (let i = 0; i < 19; i++) access(ws, 1, UK, "200");
    access(ws, 2, UK, "0");
    for (let i = 0; i < 10; i++) access(ws, 3, UK, "499");
    // Bin 10 s: 1 × 503 in 21 → 0.0476 → not returned; 1 × 404 is not bad.
    for (let i = 0; i < 19; i++) access(ws, 11, UK, "200");
    access(ws, 12, UK, "503");
    access(ws, 13, UK, "404");
    // Bin 20 s: only 499s: no counted request, no row.
    access(ws, 21, UK, "499");
    const out = await rows(ws, originErrorBinsQuery(config));
    expect(out.map((r) => [r.origin, r.binStart, r.requests, r.bad])).toEqual([[UK, iso(0), 20, 1]]);
  });

  it("gives traffic per origin host without the port", async () => {
    const ws = new Workspace();
    access(ws, 1, UK, "200");
    access(ws, 2, WEU, "200");
    access(ws, 3, WEU, "500");
    access(ws, 4, WEU, "499");
    const out = await rows(ws, trafficShareQuery());
    expect(Object.fromEntries(out.map((r) => [r.origin, r.requests]))).toEqual({ [UK]: 1, [WEU]: 2 });
  });

  it("incident bins: edge totals and the origin's count, only bins with edge errors ≥ 1 % or the origin serving ≥ 1 %", async () => {
    const ws = new Workspace();
    for (let i = 0; i < 50; i++) access(ws, 1, UK, i < 10 ? "503" : "200");
    for (let i = 0; i < 50; i++) access(ws, 2, WEU, "200");
    for (let i = 0; i < 100; i++) access(ws, 11, WEU, "200"); // clean, origin not serving: left out
    for (let i = 0; i < 100; i++) access(ws, 21, WEU, i === 0 ? "0" : "200"); // 1 % edge errors: kept
    const out = await rows(ws, incidentBinsQuery(UK));
    expect(out.map((r) => [r.binStart, r.edgeTotal, r.edgeBad, r.originTotal])).toEqual([
      [iso(0), 100, 10, 50],
      [iso(20), 100, 1, 0],
    ]);
  });
});
