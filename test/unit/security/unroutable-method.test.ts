import { describe, expect, it } from "vitest";
import { answerUnroutableMethod } from "@/lib/security/unroutable-method";
import { send, serverBehind } from "./before-next-server";

/**
 * A server that handles a request as Next's does first: a Fetch `Request` built from it. For TRACE that
 * throws ("'TRACE' HTTP method is unsupported.") and, as Next, the server answers a bare 500.
 */
function nextLikeServer(admit: boolean): Promise<number> {
  return serverBehind((req, res) => {
    try {
      new Request(`http://127.0.0.1${req.url}`, { method: req.method });
      res.writeHead(200, { "content-type": "text/plain" }).end("rendered");
    } catch {
      res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
    }
  }, admit ? answerUnroutableMethod : undefined);
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
