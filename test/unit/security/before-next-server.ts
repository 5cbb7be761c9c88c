/**
 * A bare http server standing in for Next's, with the request admission of instrumentation-node.ts
 * (request-turns.ts) in front of it or not, and a raw request that sends its target exactly as given.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { startRequestsOnePerTurn, type Admit } from "@/lib/wiring/request-turns";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Listens on a free port with `handle` as Next, behind `admit` when given; resolves to the port. */
export async function serverBehind(handle: http.RequestListener, admit?: Admit): Promise<number> {
  const server = http.createServer(handle);
  if (admit) startRequestsOnePerTurn(server, setImmediate, admit);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

export function send(port: number, method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
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
