/**
 * One dashboard replica as its own process, for the replicas test and bench: the snapshot route's
 * code (answerSnapshot) over the Azure source and the query gateway, against the fake Log Analytics
 * server, sharing through Redis when REPLICA_REDIS_URL is set. Prints "listening <port>" when ready.
 * GET /api/snapshot?… is the data route; GET /health reports the shared tier, gateway stats and any
 * unhandled rejection.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseConfig } from "@/lib/config/load";
import { QueryGateway } from "@/lib/gateway/gateway";
import { AzureLogsSource } from "@/lib/log-analytics/azure-source";
import { sharedTierHealth } from "@/lib/doctor/shared-tier-check";
import { parseRedisUrl } from "@/lib/shared-tier/settings";
import { SharedTier } from "@/lib/shared-tier/tier";
import { answerSnapshot } from "@/lib/catalog/serve-snapshot";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

let unhandled = 0;
process.on("unhandledRejection", (reason) => {
  unhandled++;
  console.error("unhandled rejection:", reason);
});

const demo = JSON.parse(readFileSync("config/demo.json", "utf8")) as Record<string, unknown>;
const config = parseConfig({ ...demo, workspaces: { ids: [env("REPLICA_WORKSPACE")], endpoint: env("REPLICA_ENDPOINT") } });
const workspaces = config.workspaces;
if (!workspaces) throw new Error("no workspaces");
const settings = parseRedisUrl(process.env.REPLICA_REDIS_URL);
const tier = settings
  ? new SharedTier(settings, { replicaId: env("REPLICA_NAME"), heartbeatMs: 1000, probeMs: 200, opTimeoutMs: 300, log: (m) => console.log(m) }).start()
  : null;
const credential = { getToken: async () => ({ token: "fake-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };
const source = new AzureLogsSource({ workspaces, credential, ca: readFileSync(env("REPLICA_CA"), "utf8"), clientTimeoutMs: 20_000 });
const gateway = new QueryGateway(source, { shared: tier ?? undefined, sharedScope: "replicas-test", answerWithinMs: 20_000 });
const refreshSeconds = Number(process.env.REPLICA_REFRESH_SECONDS ?? "10");

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://replica.local");
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/health") {
    return send(200, { sharedTier: sharedTierHealth(tier), stats: gateway.stats, unhandled });
  }
  if (url.pathname !== "/api/snapshot") return send(404, { error: "not found" });
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  answerSnapshot(url.searchParams, {
    config,
    now: new Date(),
    dataStart: null,
    source: () => gateway,
    signal: abort.signal,
    refreshSeconds,
    log: (message, err) => console.error(message, err),
  }).then(
    (answer) => send(answer.status, answer.body),
    (err: unknown) => send(500, { error: String(err) }),
  );
});
server.listen(0, "127.0.0.1", () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void (tier?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});
