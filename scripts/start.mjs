// `npm start`: validate the configuration, build once, serve on http://localhost:3000 with the
// standalone server the container image runs (Dockerfile).
import { spawnSync, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { layOutStandalone, runtimeEnv } from "./standalone.mjs";

const port = process.env.PORT ?? "3000";
// Without sign-in the dashboard binds to localhost only (docs/security.md "Access and security").
const host = process.env.HOST ?? "127.0.0.1";

const check = spawnSync("npx", ["tsx", "scripts/check-config.ts"], { stdio: "inherit" });
if (check.status !== 0) process.exit(check.status ?? 1);

// The port is checked before the build: taken (another `npm start`), the server failed with EADDRINUSE
// only after minutes of `next build`.
const taken = await new Promise((resolve) => {
  const probe = net.createServer();
  probe.once("error", (err) => resolve(err));
  try {
    probe.listen(Number(port), host, () => probe.close(() => resolve(null)));
  } catch (err) {
    resolve(err); // a PORT that is not a port number
  }
});
if (taken) {
  const why = taken.code === "EADDRINUSE" ? "the port is in use (another npm start?); stop it, or" : `${taken.message};`;
  console.error(`cannot serve on ${host}:${port}: ${why} choose another port: PORT=3001 npm start`);
  process.exit(1);
}

if (process.env.SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const distDir = process.env.NEXT_DIST_DIR || ".next";
let serverJs;
try {
  serverJs = layOutStandalone({ target: path.join(distDir, "standalone"), distDir });
} catch (err) {
  // A missing build (`SKIP_BUILD=1` before any build) printed a stack trace around the message.
  console.error(`${err instanceof Error ? err.message : String(err)}${process.env.SKIP_BUILD === "1" ? "; SKIP_BUILD=1 reuses an earlier build: run npm start once without it" : ""}`);
  process.exit(1);
}
// server.js changes into its own folder: the file check-config.ts checked, resolved from here.
const config = path.resolve(process.env.DASHBOARD_CONFIG ?? "config/demo.json");
const server = spawn(process.execPath, [serverJs], {
  stdio: "inherit",
  // As the image (its runtime stage's ENV lines): freed column backings go back to the OS
  // (docs/operations.md "Memory by bytes"). Your own environment wins, as `docker run -e` does.
  env: { ...runtimeEnv(), ...process.env, HOSTNAME: host, PORT: port, DASHBOARD_CONFIG: config },
});
server.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGTERM" ? 143 : 1)));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
