import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
/**
 * Unit files are CPU-bound and independent (temp dirs, free ports, no timing assertions). Vitest's
 * default of cores − 1 workers is one worker on the 2-core CI machine, which leaves a core idle
 * while the main process waits; two workers use both. Two workers on a machine others load too
 * slow each test down (a 7.5 s test took 46 s at load average 10), hence the 120 s test and hook
 * timeouts (hooks default to 10 s; a beforeAll that bundles the query worker can exceed that): a
 * hung test still fails, a slow machine does not.
 */
const UNIT_WORKERS = Math.max(2, availableParallelism() - 1);
// Integration files wait on servers, Redis and child processes as much as they compute, and each uses
// its own ports and temp dirs: two workers took the layer from 608 s to 364 s on the 2-core CI machine
// (the same 625 tests passing), keeping the whole CI run well inside its 30 minutes.
// Projects with different worker counts need their own group order (vitest refuses one run of unit
// and integration files otherwise): unit first, then integration, then the browser tests.

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 120_000, maxWorkers: UNIT_WORKERS, sequence: { groupOrder: 0 } } },
      {
        resolve: { alias },
        test: { name: "integration", include: ["test/integration/**/*.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 180_000, maxWorkers: UNIT_WORKERS, sequence: { groupOrder: 1 } },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
