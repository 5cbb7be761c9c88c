// Lays out the standalone server as the Dockerfile's runtime stage does, from its own COPY lines, so
// `npm start` and test/e2e/standalone.e2e.ts run exactly what the image runs.
import { cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

const BUILD_WORKDIR = "/app/";

/** The runtime stage's `COPY --from=build SRC DST` lines, SRC relative to the build stage's /app. */
export function runtimeCopies(dockerfile = readFileSync("Dockerfile", "utf8")) {
  const stages = dockerfile.split(/^FROM\s/m);
  const runtime = stages.find((s) => /\bAS\s+runtime\b/i.test(s.split("\n")[0]));
  if (!runtime) throw new Error("Dockerfile: no stage named runtime");
  return runtime
    .split("\n")
    .filter((line) => /^COPY\s+--from=build\b/.test(line))
    .map((line) => {
      const args = line.split(/\s+/).slice(1).filter((a) => !a.startsWith("--"));
      if (args.length !== 2 || !args[0].startsWith(BUILD_WORKDIR)) throw new Error(`Dockerfile: cannot mirror "${line}"`);
      return { src: args[0].slice(BUILD_WORKDIR.length), dst: args[1] };
    });
}

/**
 * The runtime stage's `ENV NAME=value …` settings (values without blanks, optionally quoted), so
 * `npm start` and the standalone test run with the image's environment (allocator).
 */
export function runtimeEnv(dockerfile = readFileSync("Dockerfile", "utf8")) {
  const runtime = dockerfile.split(/^FROM\s/m).find((s) => /\bAS\s+runtime\b/i.test(s.split("\n")[0]));
  if (!runtime) throw new Error("Dockerfile: no stage named runtime");
  const env = {};
  for (const line of runtime.split("\n").filter((l) => /^ENV\s/.test(l))) {
    for (const pair of line.replace(/^ENV\s+/, "").trim().split(/\s+/)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=("?)([^"]*)\2$/.exec(pair);
      if (!m) throw new Error(`Dockerfile: cannot mirror "${line}" (one NAME=value per word)`);
      env[m[1]] = m[3];
    }
  }
  return env;
}

/**
 * Copies each runtime COPY into `target` (the image's /app), reading sources from `repo`, with
 * `.next` standing for `distDir`. A COPY of a folder onto `target` itself (the standalone folder
 * when `target` is that folder) is skipped.
 */
export function layOutStandalone({ target, repo = process.cwd(), distDir = ".next" }) {
  const copies = runtimeCopies(readFileSync(path.join(repo, "Dockerfile"), "utf8"));
  for (const { src, dst } of copies) {
    const dist = (p) => p.replace(/^(\.\/)?\.next(?=\/|$)/, distDir);
    const from = path.resolve(repo, dist(src));
    const to = path.resolve(target, dist(dst));
    if (from === to) continue;
    if (!existsSync(from)) throw new Error(`${from} is missing: run next build first (Dockerfile COPY ${src})`);
    cpSync(from, to, { recursive: true });
  }
  return path.join(target, "server.js");
}
