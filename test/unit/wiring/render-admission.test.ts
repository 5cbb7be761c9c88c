import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_CONCURRENT_RENDERS, MAX_QUEUED_RENDERS } from "@/lib/page-cache/serve";
import { renderAdmission } from "@/lib/wiring/render-admission";
import { startRequestsOnePerTurn } from "@/lib/wiring/request-turns";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server whose handler holds each response until `finishAll`, as a slow render would. */
async function holdingServer(pageCacheSeconds: number) {
  const held: http.ServerResponse[] = [];
  const started: string[] = [];
  const server = http.createServer((req, res) => {
    started.push(req.url ?? "");
    held.push(res);
  });
  startRequestsOnePerTurn(server, setImmediate, renderAdmission(pageCacheSeconds));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const finishAll = () => held.splice(0).forEach((res) => res.end("rendered"));
  return { port, started, finishAll };
}

function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; retryAfter?: string; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined, body }));
      })
      .on("error", reject);
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe("renderAdmission", () => {
  it("holds client-side navigations to the render cap: 8 render, 32 wait, the rest get 503 with Retry-After at once", async () => {
    const { port, started, finishAll } = await holdingServer(5);
    const total = MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS + 10;
    const settled: Array<Awaited<ReturnType<typeof get>>> = [];
    const answers = Array.from({ length: total }, (_, i) => get(port, `/incidents?n=${i}`, { rsc: "1", accept: "*/*" }).then((a) => (settled.push(a), a)));
    // Whichever arrive last: 10 are answered at once while 8 render and 32 wait.
    await until(() => settled.length === 10 && started.length === MAX_CONCURRENT_RENDERS);
    expect(started).toHaveLength(MAX_CONCURRENT_RENDERS);
    expect(settled).toHaveLength(10);
    for (const busy of settled) {
      expect(busy.status).toBe(503);
      expect(busy.retryAfter).toBe("2");
      expect(busy.body).toContain("Retry in 2 seconds");
    }
    // Not renders outside the cache: an API route, a static file, a browser's page load (the page
    // cache caps its render), and the page cache's own render: none waits behind the line.
    const others = [
      get(port, "/api/snapshot", { rsc: "1" }),
      get(port, "/manifest.webmanifest", {}),
      get(port, "/incidents", { accept: "text/html" }),
    ];
    await until(() => started.length === MAX_CONCURRENT_RENDERS + others.length);
    expect(started.slice(MAX_CONCURRENT_RENDERS)).toEqual(["/api/snapshot", "/manifest.webmanifest", "/incidents"]);
    // As renders end, the waiting ones start, first come first served.
    while (started.length < total - 10 + others.length) {
      finishAll();
      await new Promise((r) => setTimeout(r, 10));
    }
    finishAll();
    const statuses = (await Promise.all([...answers, ...others])).map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS + others.length);
    expect(statuses.filter((s) => s === 503)).toHaveLength(10);
  });

  it("with the page cache off, caps a browser's page load too", async () => {
    const { port, started, finishAll } = await holdingServer(0);
    let refused = 0;
    const answers = Array.from({ length: MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS + 1 }, () =>
      get(port, "/", { accept: "text/html" }).then((a) => (a.status === 503 && refused++, a)),
    );
    await until(() => refused === 1 && started.length === MAX_CONCURRENT_RENDERS);
    expect(refused).toBe(1);
    expect(started).toHaveLength(MAX_CONCURRENT_RENDERS);
    while (started.length < MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS) {
      finishAll();
      await new Promise((r) => setTimeout(r, 10));
    }
    finishAll();
    expect((await Promise.all(answers)).filter((a) => a.status === 200)).toHaveLength(MAX_CONCURRENT_RENDERS + MAX_QUEUED_RENDERS);
  });
});
