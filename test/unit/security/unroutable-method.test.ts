import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerUnroutableMethod } from "@/lib/security/unroutable-method";
import { startRequestsOnePerTurn } from "@/lib/wiring/request-turns";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/**
 * A server that handles a request as Next's does first: a Fetch `Request` built from it. For TRACE that
 * throws ("'TRACE' HTTP method is unsupported.") and, as Next, the server answers a bare 500.
 */
async function nextLikeServer(admit: boolean): Promise<number> {
  const server = http.createServer((req, res) => {
    try {
      new Request(`http://127.0.0.1${req.url}`, { method: req.method });
      res.writeHead(200, { "content-type": "text/plain" }).end("rendered");
    } catch {
      res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
    }
  });
  if (admit) startRequestsOnePerTurn(server, setImmediate, answerUnroutableMethod);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

function send(port: number, method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port, path, method, agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on("error", reject)
      .end();
  });
}

describe("a method Next cannot build a Request for (TRACE)", () => {
  it("was a bare 500 from Next (the control)", async () => {
    const port = await nextLikeServer(false);
    expect((await send(port, "TRACE", "/api/health")).status).toBe(500);
  });

  it("is answered 405 with Allow, as JSON on /api, before Next sees it", async () => {
    const port = await nextLikeServer(true);
    const api = await send(port, "TRACE", "/api/snapshot?range=1h");
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(api.headers["content-type"]).toBe("application/json");
    expect(api.headers["cache-control"]).toBe("no-store");
    expect(api.headers["x-content-type-options"]).toBe("nosniff");
    expect(api.headers["x-frame-options"]).toBe("DENY");
    expect(JSON.parse(api.body)).toEqual({ error: "method TRACE is not allowed here; allowed: GET, HEAD, OPTIONS", allowed: "GET, HEAD, OPTIONS" });

    const page = await send(port, "TRACE", "/wall");
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe("GET, HEAD");
    expect(page.body).toBe("method TRACE is not allowed here; allowed: GET, HEAD\n");

    // The sign-in flow takes its forms' POSTs.
    expect((await send(port, "TRACE", "/api/auth/signin")).headers.allow).toBe("GET, HEAD, OPTIONS, POST");
  });

  it("leaves every other method to Next", async () => {
    const port = await nextLikeServer(true);
    for (const method of ["GET", "HEAD", "POST", "OPTIONS", "PROPFIND"]) {
      expect((await send(port, method, "/api/health")).status, method).toBe(200);
    }
  });
});
