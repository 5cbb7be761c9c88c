/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, required by next.config.js and tests */
// Bundles lib/wiring/query-worker.ts (the embedded workspace's query worker process) into one file.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");

/**
 * Writes the worker bundle to `outfile` (~0.5 s) and leaves no esbuild service running. Every
 * package is bundled in (zod, ioredis), so the file runs from the standalone server's folder, whose
 * node_modules holds only what Next traced for its own routes; the Kusto bridge, which
 * lib/engine/kusto.ts loads with createRequire, is a server external package Next traces anyway.
 * Written to a temporary file and renamed: several processes of one `next build` load next.config.js.
 */
function bundleQueryWorker(outfile) {
  const esbuild = require("esbuild");
  try {
    const result = esbuild.buildSync({
      entryPoints: [path.join(root, "lib/wiring/query-worker.ts")],
      outfile,
      write: false,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      tsconfig: path.join(root, "tsconfig.json"),
      logLevel: "warning",
      // lib/engine/kusto.ts resolves the Kusto bridge from import.meta.url; in CommonJS that is this file.
      define: { "import.meta.url": "__queryWorkerUrl" },
      banner: { js: 'const __queryWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
    });
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    const tmp = `${outfile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, result.outputFiles[0].contents);
    fs.renameSync(tmp, outfile);
  } finally {
    esbuild.stop();
  }
}

module.exports = { bundleQueryWorker };
