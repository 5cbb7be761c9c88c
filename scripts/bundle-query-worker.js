/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, required by next.config.js and tests */
// Bundles lib/wiring/query-worker.ts (the embedded workspace's worker thread) into one file.
const path = require("node:path");

const root = path.join(__dirname, "..");

/** Writes the worker bundle to `outfile` (~0.5 s) and leaves no esbuild service running. */
function bundleQueryWorker(outfile) {
  const esbuild = require("esbuild");
  esbuild.buildSync({
    entryPoints: [path.join(root, "lib/wiring/query-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    // lib/engine/kusto.ts resolves the Kusto bridge from import.meta.url; in CommonJS that is this file.
    define: { "import.meta.url": "__queryWorkerUrl" },
    banner: { js: 'const __queryWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  esbuild.stop();
}

module.exports = { bundleQueryWorker };
