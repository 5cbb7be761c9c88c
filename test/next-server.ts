import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { layOutStandalone } from "../scripts/standalone.mjs";

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
 * The standalone server of a finished build (what `npm start` and the container image run:
 * `<distDir>/standalone/server.js`, laid out as the Dockerfile does) on a free local port, resolved
 * once `readyPath` answers 2xx (the browser tests, the kiosk test and the security test each run one).
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
  const distDir = options.env.NEXT_DIST_DIR || ".next";
  const serverJs = layOutStandalone({ target: path.join(distDir, "standalone"), distDir });
  // server.js changes into its own folder: a relative configuration path must not move with it.
  const config = options.env.DASHBOARD_CONFIG ? path.resolve(options.env.DASHBOARD_CONFIG) : undefined;
  const child = spawn(process.execPath, [serverJs], {
    env: { ...options.env, PORT: String(port), HOSTNAME: "127.0.0.1", ...(config ? { DASHBOARD_CONFIG: config } : {}) },
    stdio: ["ignore", options.onOutput ? "pipe" : "ignore", options.onOutput ? "pipe" : "inherit"],
  });
  if (options.onOutput) {
    child.stdout?.on("data", options.onOutput);
    child.stderr?.on("data", options.onOutput);
  }
  const stop = () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${serverJs} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}${options.readyPath ?? "/api/health"}`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${serverJs} at ${baseUrl} did not answer ${options.readyPath ?? "/api/health"} within ${options.timeoutMs ?? 90_000} ms`);
}
