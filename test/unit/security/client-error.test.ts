import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerClientErrors } from "@/lib/security/client-error";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function server(answer: boolean): Promise<number> {
  const s = http.createServer((_req, res) => res.end("ok"));
  if (answer) answerClientErrors(s as never);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return (s.address() as AddressInfo).port;
}

/** Sends raw bytes and resolves to everything the server wrote before it closed. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(request));
    let out = "";
    socket.on("data", (c) => (out += c.toString()));
    socket.on("close", () => resolve(out));
    socket.on("error", reject);
  });
}

const bigHeader = `GET /api/snapshot HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: x=${"a".repeat(20_000)}\r\n\r\n`;

describe("requests Node's parser refuses", () => {
  it("were a bare status line without a word or a security header (the control)", async () => {
    const out = await raw(await server(false), bigHeader);
    expect(out).toBe("HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n");
  });

  it("answer 431 naming the limit and what to do, with the security headers", async () => {
    const out = await raw(await server(true), bigHeader);
    const [head, body] = out.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain("X-Content-Type-Options: nosniff");
    expect(head).toContain("X-Frame-Options: DENY");
    expect(head).toContain("Cache-Control: no-store");
    expect(body).toBe("the request line and headers together are over this server's 16 kB limit: shorten the URL's query string, or clear this site's cookies\n");
  });

  it("answer a HEAD without the sentence: a body after the headers made an HTTP client fail to read the answer", async () => {
    const out = await raw(await server(true), `HEAD /signals/regions?range=${"x".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const [head, body] = out.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain("X-Content-Type-Options: nosniff");
    expect(body).toBe("");
    // Node's own HTTP client reads it (it failed with "Data after `Connection: close`" before).
    const port = (servers[servers.length - 1].address() as AddressInfo).port;
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request({ port, host: "127.0.0.1", method: "HEAD", path: `/signals/regions?range=${"x".repeat(20_000)}` }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(431);
  });

  it("answer an unknown method 400 saying what the dashboard answers", async () => {
    const out = await raw(await server(true), "FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(out).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(out).toContain("the dashboard answers GET and HEAD\n");
  });

  it("leave an ordinary request alone", async () => {
    const out = await raw(await server(true), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(out).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
  });
});
