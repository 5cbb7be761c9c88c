/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file Next loads with require() */
const path = require("node:path");

const distDir = process.env.NEXT_DIST_DIR || ".next";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Kusto bridge, the Azure SDK and the Redis client are Node-only; keep them out of the bundler.
  serverExternalPackages: ["@kusto/language-service-next", "@azure/identity", "@azure/monitor-query-logs", "@duckdb/node-api", "ioredis", "rate-limiter-flexible"],
  // Lets several builds (parallel work, tests) coexist without clobbering one another.
  distDir,
  // A self-contained server (.next/standalone/server.js + the node_modules it really uses) for the
  // container image (Dockerfile) and `npm start`; static assets and config are copied beside it.
  output: "standalone",
  poweredByHeader: false,
  // proxy.ts refuses bodies over 64 kB (lib/security/body-limit.ts); Next need not buffer 10 MB first.
  experimental: { proxyClientMaxBodySize: "64kb" },
  reactStrictMode: true,
  compiler: {
    // The embedded workspace runs in a child process (lib/wiring/worker-source.ts), whose entry must
    // be one plain file: bundled here (~0.5 s) into <distDir>/query-worker.js, which `next start` finds
    // in place and the Dockerfile copies beside the standalone server (which never loads this config).
    // After the compile step, which empties distDir first; before standalone/ is written.
    runAfterProductionCompile: ({ distDir: dist }) => {
      const { bundleQueryWorker } = require("./scripts/bundle-query-worker.js");
      bundleQueryWorker(path.join(dist, "query-worker.js"));
    },
  },
  // Browsers and bookmarks still ask for /favicon.ico even though every page links app/icon.svg.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  // Static security headers for every response (lib/security/headers.ts STATIC_SECURITY_HEADERS;
  // a unit test keeps the two equal). CSP with its per-request nonce and HSTS come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
