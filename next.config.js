/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Kusto bridge and the Azure SDK are Node-only; keep them out of the bundler.
  serverExternalPackages: ["@kusto/language-service-next", "@azure/identity", "@azure/monitor-query-logs", "@duckdb/node-api"],
  // Lets several builds (parallel work, tests) coexist without clobbering one another.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
