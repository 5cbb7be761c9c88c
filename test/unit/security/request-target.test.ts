import { describe, expect, it } from "vitest";
import { answerRequestTarget } from "@/lib/security/request-target";
import { answerUnroutableMethod } from "@/lib/security/unroutable-method";
import { send, serverBehind } from "./before-next-server";

/**
 * A server that treats the target as the built server was seen to (the probe of `next start`): an
 * absolute target is redirected to itself (308), any other target that is not a path goes through
 * `new URL(target)`, which throws for `*`, answered with a bare 500. A path is served, echoing it.
 */
function nextLikeServer(admit: boolean): Promise<number> {
  return serverBehind((req, res) => {
    const target = req.url ?? "/";
    if (/^https?:\/\//.test(target)) return void res.writeHead(308, { location: target }).end();
    try {
      if (!target.startsWith("/")) new URL(target);
      res.writeHead(200, { "content-type": "text/plain" }).end(`served ${target}`);
    } catch {
      res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
    }
  }, admit ? (req, res) => answerRequestTarget(req, res) ?? answerUnroutableMethod(req, res) : undefined);
}

describe("a request target that is not a path", () => {
  it("was a 500 for `*` and a redirect to any named host for an absolute target (the control)", async () => {
    const port = await nextLikeServer(false);
    expect((await send(port, "OPTIONS", "*")).status).toBe(500);
    expect((await send(port, "GET", "*")).status).toBe(500);
    const absolute = await send(port, "GET", "http://evil.example/wall");
    expect([absolute.status, absolute.headers.location]).toEqual([308, "http://evil.example/wall"]);
  });

  it("answers OPTIONS * with 204 and the server's methods, before Next", async () => {
    const port = await nextLikeServer(true);
    const res = await send(port, "OPTIONS", "*");
    expect([res.status, res.headers.allow, res.headers["x-content-type-options"], res.body]).toEqual([204, "GET, HEAD, OPTIONS", "nosniff", ""]);
  });

  it("refuses `*` with another method, and a target that is neither a path nor http(s), with 400 naming the form allowed", async () => {
    const port = await nextLikeServer(true);
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await send(port, method, "*");
      expect(res.status, method).toBe(400);
      expect(res.body, method).toBe(`request target "*" is for OPTIONS only, not ${method}; allowed: a path starting with /, e.g. /api/snapshot?range=1h\n`);
      expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const head = await send(port, "HEAD", "*");
    expect([head.status, head.body]).toEqual([400, ""]);
    // (Node's parser itself refuses `api/health` or `?range=1h`; an absolute target of another scheme reaches the server.)
    const other = await send(port, "GET", "ftp://127.0.0.1/api/health");
    expect([other.status, other.body]).toEqual([400, 'request target "ftp://127.0.0.1/api/health" is not a path; allowed: a path starting with /, e.g. /api/snapshot?range=1h\n']);
    // TRACE with `*` is refused for its target, the first thing wrong with it.
    expect((await send(port, "TRACE", "*")).status).toBe(400);
  });

  it("serves an absolute target as its path and query, whatever host it names", async () => {
    const port = await nextLikeServer(true);
    for (const target of ["http://evil.example/wall?refresh=1m", "HTTPS://127.0.0.1:3000/wall?refresh=1m"]) {
      const res = await send(port, "GET", target);
      expect([res.status, res.headers.location, res.body], target).toEqual([200, undefined, "served /wall?refresh=1m"]);
    }
  });

  it("leaves a path alone", async () => {
    const port = await nextLikeServer(true);
    expect((await send(port, "GET", "/api/health?x=1")).body).toBe("served /api/health?x=1");
  });
});
