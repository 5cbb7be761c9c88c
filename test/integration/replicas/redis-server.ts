/** A real redis-server (Debian's package, installed with apt-get when missing) on a free port. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export const REDIS_SERVER = "/usr/bin/redis-server";

export function ensureRedisServer(): void {
  if (existsSync(REDIS_SERVER)) return;
  const apt = (args: string[]) =>
    process.getuid?.() === 0 ? spawnSync("apt-get", args, { stdio: "inherit" }) : spawnSync("sudo", ["apt-get", ...args], { stdio: "inherit" });
  if (apt(["update", "-qq"]).status !== 0 || apt(["install", "-y", "-qq", "redis-server"]).status !== 0 || !existsSync(REDIS_SERVER)) {
    throw new Error("redis-server is missing and could not be installed; run: apt-get update && apt-get install -y redis-server");
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One redis-server without persistence: a restart comes back empty, as a failed-over cache may. */
export class RedisServer {
  private child?: ChildProcess;

  constructor(
    readonly port: number,
    /** More redis-server arguments, e.g. an ACL user: ["--user", "app", "on", ">secret", "~*", "&*", "+@all"]. */
    private readonly extraArgs: string[] = [],
  ) {}

  /** REDIS_URL for this server; a new prefix is a new, empty deployment. */
  url(prefix = "replicas-test"): string {
    return `redis://127.0.0.1:${this.port}?prefix=${prefix}`;
  }

  async start(): Promise<void> {
    const child = spawn(REDIS_SERVER, ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...this.extraArgs], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("Ready to accept connections")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
    });
  }

  /** SIGKILL: the way a crashed or unreachable Redis looks to the replicas (no goodbye). */
  kill(): void {
    this.child?.kill("SIGKILL");
    this.child = undefined;
  }
}
