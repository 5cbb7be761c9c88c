// `npm start`: validate the configuration, build once, serve on http://localhost:3000.
import { spawnSync, spawn } from "node:child_process";

const port = process.env.PORT ?? "3000";
// Without sign-in the dashboard binds to localhost only (README: Access).
const host = process.env.HOST ?? "127.0.0.1";

const check = spawnSync("npx", ["tsx", "scripts/check-config.ts"], { stdio: "inherit" });
if (check.status !== 0) process.exit(check.status ?? 1);

if (process.env.SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn("npx", ["next", "start", "-H", host, "-p", port], { stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
