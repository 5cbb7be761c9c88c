import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

async function freePort(): Promise<number> {
  const srv = createServer().listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not become healthy`);
}

/** The server's stdout, for tests that check what it logged. */
export const SERVER_LOG = "test-results/next-server.log";

/** Serves the production build (`next build` ran before) for the browser tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DASHBOARD_CONFIG: process.env.DASHBOARD_CONFIG ?? "config/demo.json" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let stdout = "";
  mkdirSync("test-results", { recursive: true });
  writeFileSync(SERVER_LOG, "");
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    appendFileSync(SERVER_LOG, chunk);
    process.stdout.write(chunk);
  });
  await waitForHealth(baseUrl, child);
  // The demo month is built at start-up (instrumentation-node.ts), so no page test pays for it and
  // a healthy server is one that can answer with data.
  if (!stdout.includes("embedded workspace ready:")) throw new Error(`next start answered /api/health before building the embedded workspace:\n${stdout}`);
  project.provide("baseUrl", baseUrl);
  return () => {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
