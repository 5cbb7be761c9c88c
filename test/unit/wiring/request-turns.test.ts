import http from "node:http";
import { createConnection, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startRequestsOnePerTurn } from "@/lib/wiring/request-turns";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server whose handler records, per request, its path and the event-loop turn it started in. */
async function recordingServer(install: (s: http.Server) => void) {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn += 1;
    if (ticking) setImmediate(tick);
  };
  tick();
  const started: Array<{ path: string; turn: number }> = [];
  const server = http.createServer((req, res) => {
    started.push({ path: req.url ?? "", turn });
    res.setHeader("content-length", "2");
    res.end("ok");
  });
  install(server);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const stop = () => (ticking = false);
  return { server, port, started, stop };
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** Sends `paths` as pipelined GETs in one write on one connection and waits for every answer. */
async function pipelined(port: number, paths: string[]): Promise<void> {
  const socket = createConnection({ host: "127.0.0.1", port });
  let seen = "";
  await new Promise<void>((resolve) => {
    socket.on("data", (c: Buffer) => {
      seen += c.toString();
      if ((seen.match(/HTTP\/1\.1 200/g) ?? []).length === paths.length) resolve();
    });
    socket.write(paths.map((p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`).join(""));
  });
  socket.destroy();
}

describe("startRequestsOnePerTurn", () => {
  it("answers every request, each started in its own event-loop turn, in arrival order", async () => {
    const { port, started, stop } = await recordingServer((s) => startRequestsOnePerTurn(s));
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => get(port, `/r${i}`)));
    stop();
    expect(answers.every((a) => a.status === 200 && a.body === "ok")).toBe(true);
    expect(started).toHaveLength(12);
    const turns = started.map((s) => s.turn);
    // Never two requests started in the same turn.
    expect(new Set(turns).size).toBe(12);
    expect([...turns].sort((a, b) => a - b)).toEqual(turns);
  });

  it("without it, requests that arrive together start in the same turn (what it changes)", async () => {
    const { port, started, stop } = await recordingServer(() => undefined);
    // One socket, pipelined requests: Node parses them in one read and starts them back to back.
    await pipelined(port, ["/a", "/b", "/c"]);
    stop();
    expect(started.map((s) => s.path)).toEqual(["/a", "/b", "/c"]);
    expect(new Set(started.map((s) => s.turn)).size).toBe(1);
  });

  it("queues pipelined requests of one connection in order, one per turn", async () => {
    const { port, started, stop } = await recordingServer((s) => startRequestsOnePerTurn(s));
    await pipelined(port, ["/a", "/b", "/c"]);
    stop();
    expect(started.map((s) => s.path)).toEqual(["/a", "/b", "/c"]);
    expect(new Set(started.map((s) => s.turn)).size).toBe(3);
  });

  it("passes other events through, keeps the first install, and restores the original emit", async () => {
    const server = http.createServer();
    const original = server.emit;
    const restore = startRequestsOnePerTurn(server);
    expect(startRequestsOnePerTurn(server)).toBe(restore);
    let listening = false;
    server.on("listening", () => (listening = true));
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    expect(listening).toBe(true);
    restore();
    expect(server.emit).toBe(original);
  });

  it("starts a request whose admission throws as if there were none", async () => {
    const served: unknown[] = [];
    const runs: Array<() => void> = [];
    const target = { emit: (_event: string | symbol, ...args: unknown[]) => served.push(args[0]) > 0 };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (m: unknown) => errors.push(m);
    try {
      startRequestsOnePerTurn(target, (run) => runs.push(run), () => {
        throw new Error("no headers");
      });
      target.emit("request", "req", { once: () => undefined });
      runs.shift()?.();
    } finally {
      console.error = log;
    }
    expect(served).toEqual(["req"]);
    expect(errors).toEqual(["request admission failed: no headers"]);
  });

  it("keeps serving after a listener throws", async () => {
    const served: unknown[] = [];
    const runs: Array<() => void> = [];
    const target = { emit: (event: string | symbol, ...args: unknown[]) => {
      if (args[0] === "bad") throw new Error("listener failed");
      served.push(args[0]);
      return event === "request";
    } };
    startRequestsOnePerTurn(target, (run) => runs.push(run));
    target.emit("request", "bad");
    target.emit("request", "good");
    expect(() => runs.shift()?.()).toThrow("listener failed");
    runs.shift()?.();
    expect(served).toEqual(["good"]);
  });
});
