import { spawn, spawnSync } from "node:child_process";
import net, { type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";

// `SKIP_BUILD=1 npm start` before any build: the message said what was missing inside a stack trace.
describe("npm start reusing a build that is not there", () => {
  it("exits 1 with the missing folder and how to build, no stack trace", () => {
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
      encoding: "utf8",
      env: { ...process.env, SKIP_BUILD: "1", NEXT_DIST_DIR: ".next-no-such-build", PORT: "0", DASHBOARD_CONFIG: "config/demo.json" },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\.next-no-such-build\/static is missing: run next build first .*; SKIP_BUILD=1 reuses an earlier build: run npm start once without it\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});

// Before: a port in use failed the server with EADDRINUSE, after the minutes `next build` takes.
describe("npm start on a port in use", () => {
  it("exits 1 before building, naming the port and how to choose another", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      // SKIP_BUILD and a missing build: were the port not checked first, the missing build would be the message.
      const env = { ...process.env, SKIP_BUILD: "1", NEXT_DIST_DIR: ".next-no-such-build", PORT: String(port), HOST: "127.0.0.1", DASHBOARD_CONFIG: "config/demo.json" };
      const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["scripts/start.mjs"], { env });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("close", (status) => resolve({ status, stderr }));
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`cannot serve on 127.0.0.1:${port}: the port is in use (another npm start?); stop it, or choose another port: PORT=3001 npm start\n`);
      expect(run.stderr).not.toContain("is missing");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 120_000);
});
