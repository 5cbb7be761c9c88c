import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startNextServer } from "../next-server";

/** The server's stdout and stderr, for tests that check what it logged. */
export const SERVER_LOG = "test-results/next-server.log";

/** Serves the production build (`next build` ran before) for the browser tests. */
export default async function setup(project: TestProject) {
  let stdout = "";
  mkdirSync("test-results", { recursive: true });
  writeFileSync(SERVER_LOG, "");
  const server = await startNextServer({
    env: { ...process.env, DASHBOARD_CONFIG: process.env.DASHBOARD_CONFIG ?? "config/demo.json" },
    onOutput: (chunk) => {
      stdout += chunk.toString();
      appendFileSync(SERVER_LOG, chunk);
      process.stdout.write(chunk);
    },
  });
  // The demo month is built at start-up (instrumentation-node.ts), so no page test pays for it and
  // a healthy server is one that can answer with data.
  if (!stdout.includes("embedded workspace ready:")) {
    server.stop();
    throw new Error(`the server answered /api/health before building the embedded workspace:\n${stdout}`);
  }
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
