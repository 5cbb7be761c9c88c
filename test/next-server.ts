import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

async function freePort(): Promise<number> {
  const srv = createServer().listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

export interface NextServer {
  baseUrl: string;
  stop(): void;
}

/**
 * `next start` of a finished build on a free local port, resolved once `readyPath` answers 2xx
 * (the browser tests, the kiosk test and the security test each run one). It runs in its own process
 * group so `stop()` also ends the server npx started.
 */
export async function startNextServer(options: {
  env: NodeJS.ProcessEnv;
  readyPath?: string;
  /** Receives the server's stdout and stderr (logs such as "embedded workspace ready" go to stderr). */
  onOutput?: (chunk: Buffer) => void;
  timeoutMs?: number;
}): Promise<NextServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: options.env,
    stdio: ["ignore", options.onOutput ? "pipe" : "ignore", options.onOutput ? "pipe" : "inherit"],
    detached: true,
  });
  if (options.onOutput) {
    child.stdout?.on("data", options.onOutput);
    child.stderr?.on("data", options.onOutput);
  }
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}${options.readyPath ?? "/api/health"}`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start at ${baseUrl} did not answer ${options.readyPath ?? "/api/health"} within ${options.timeoutMs ?? 90_000} ms`);
}
