import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// The real snapshot route computes from the workspace (minutes on the embedded demo); this test is
// about what the kiosk route does with its answer, so the answer is fixed.
const answers: Response[] = [];
vi.mock("@/app/api/snapshot/route", () => ({ GET: async () => answers.shift() }));
const { GET } = await import("@/app/api/kiosk/snapshot/route");

const snapshot = {
  asOf: "2026-03-10T12:00:00.000Z",
  signals: {
    replication: {
      status: "ok",
      dataAgeSeconds: 4,
      warnings: [],
      queries: [{ id: "q", kql: "AppMetrics | where Name == 'replication_lag_ms'", portalUrl: "https://portal.azure.com/#q", warnings: [], rows: 1 }],
    },
  },
};

describe("kiosk snapshot route", () => {
  it("serves the snapshot without KQL or portal links", async () => {
    answers.push(Response.json(snapshot));
    const res = await GET(new NextRequest("http://127.0.0.1/api/kiosk/snapshot?range=1h"));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-aad-redacted")).toBe("1");
    const text = await res.text();
    expect(text).not.toContain("AppMetrics");
    expect(text).not.toContain("portal.azure.com");
    expect(JSON.parse(text).signals.replication.queries[0]).toMatchObject({ id: "q", kql: "", portalUrl: null, rows: 1 });
  });

  it("passes parameter errors through unchanged", async () => {
    answers.push(Response.json({ error: "bad", parameter: "range", allowed: "…" }, { status: 400 }));
    const res = await GET(new NextRequest("http://127.0.0.1/api/kiosk/snapshot?range=2h"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter: "range" });
  });
});

describe("kiosk snapshot route errors", () => {
  it("redacts server paths and upstream text from 5xx answers, keeping the status", async () => {
    answers.push(Response.json({ error: "the snapshot could not be computed: /srv/app/data/AzureMetrics.ndjson:150: bad JSON" }, { status: 502 }));
    const res = await GET(new NextRequest("http://127.0.0.1/api/kiosk/snapshot?range=1h"));
    expect(res.status).toBe(502);
    expect(res.headers.get("x-aad-redacted")).toBe("1");
    const text = await res.text();
    expect(text).not.toMatch(/srv|ndjson|bad JSON/);
    expect(JSON.parse(text).error).toMatch(/hidden on kiosk screens/);
  });
});
