import { spawnSync } from "node:child_process";
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
