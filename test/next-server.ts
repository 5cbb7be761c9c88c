import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * The production build a test runs against: `given` (a build of this tree the caller made with the
 * same environment: scripts/test-all.mjs builds once for the integration and browser tests) when it
 * names a finished build, else a fresh `next build` into `ownDist` with `env`, never an earlier
 * build that may be stale. Returns the dist dir.
 */
export function productionBuild(options: { given?: string; ownDist: string; env: NodeJS.ProcessEnv }): string {
  if (options.given && existsSync(path.join(options.given, "BUILD_ID"))) return options.given;
  const dist = options.given ?? options.ownDist;
  const build = spawnSync("npx", ["next", "build"], { env: { ...options.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" }, encoding: "utf8", timeout: 900_000 });
  if (dist !== ".next") undoTsconfigIncludes(dist);
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  return dist;
}

/** `next build` adds `<distDir>/types` to tsconfig.json's include; take back just those lines. */
function undoTsconfigIncludes(dist: string) {
  const text = readFileSync("tsconfig.json", "utf8");
  const kept = text.split("\n").filter((line) => !line.includes(`"${dist}/`));
  const fixed = kept.join("\n").replace(/,(\s*\])/, "$1");
  if (fixed !== text) writeFileSync("tsconfig.json", fixed);
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
