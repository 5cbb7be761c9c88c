// Runs every test layer in order and prints one summary line at the end.
// Usage: npm test            (all layers)
//        npm test -- unit e2e (only the named layers)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const only = process.argv.slice(2);
const results = [];
let passed = 0;
let failed = 0;

const LAYERS = ["typecheck", "lint", "unit", "build", "integration", "e2e"];
// A misspelt layer (`npm test -- unti`) ran nothing and passed; name it instead.
const unknown = only.filter((n) => !LAYERS.includes(n));
if (unknown.length) {
  console.error(`npm test: unknown layer ${unknown.join(", ")}; layers: ${LAYERS.join(", ")}`);
  process.exit(2);
}

const wants = (...names) => !only.length || names.some((n) => only.includes(n));

/** Runs one layer; returns whether it passed (undefined when not selected). */
function run(name, cmd, args, { vitestReport, env = {}, selected = wants(name) } = {}) {
  if (!selected) return undefined;
  const started = Date.now();
  if (vitestReport) rmSync(vitestReport, { force: true });
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env, FORCE_COLOR: "0" } });
  const ok = res.status === 0;
  let detail = "";
  if (vitestReport && existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    detail = ` (${report.numPassedTests} passed, ${report.numFailedTests} failed)`;
  } else if (ok) {
    passed++;
  } else {
    failed++;
  }
  results.push(`${ok ? "PASS" : "FAIL"} ${name}${detail} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

/** Installs a Debian package with apt-get (sudo when not root) unless every one of `binaries` exists. */
function ensureDebianPackage(pkg, binaries) {
  if (binaries.every((b) => existsSync(b))) return;
  console.log(`${binaries.join(", ")} missing: installing Debian's ${pkg} package`);
  const apt = (args) =>
    process.getuid?.() === 0
      ? spawnSync("apt-get", args, { stdio: "inherit" })
      : spawnSync("sudo", ["apt-get", ...args], { stdio: "inherit" });
  if (apt(["update", "-qq"]).status !== 0 || apt(["install", "-y", "-qq", pkg]).status !== 0 || !binaries.every((b) => existsSync(b))) {
    console.error(`Could not install ${pkg}; run: apt-get update && apt-get install -y ${pkg}`);
    process.exit(1);
  }
}

const ensureChromium = () => ensureDebianPackage("chromium", [CHROMIUM]);
/** The review's PDF test reads the printed PDF with poppler's pdftotext/pdftoppm. */
const ensurePoppler = () => ensureDebianPackage("poppler-utils", ["/usr/bin/pdftotext", "/usr/bin/pdftoppm"]);
/** The replicas test (test/integration/replicas) starts a real redis-server. */
const ensureRedisServer = () => ensureDebianPackage("redis-server", ["/usr/bin/redis-server"]);

mkdirSync("test-results", { recursive: true });
const vitest = (project) => [
  "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=test-results/${project}.json`,
];

run("typecheck", "npx", ["tsc", "--noEmit"]);
run("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
run("unit", "npx", vitest("unit"), { vitestReport: "test-results/unit.json" });

// One production build of this tree for the integration tests that serve one (the security scan,
// the fuzzer) and the browser tests, made before either, so neither ever runs an earlier build. Its
// environment holds the canary secrets the security test greps the browser bundle for.
const DIST = process.env.NEXT_DIST_DIR || ".next";
const CANARIES = JSON.parse(readFileSync("test/integration/security/build-canaries.json", "utf8"));
let built;
if (wants("build", "integration", "e2e")) {
  if (wants("e2e")) {
    ensureChromium();
    ensurePoppler();
  }
  built = run("build", "npx", ["next", "build"], { selected: true, env: { ...CANARIES, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" } });
}
const builtEnv = built ? { SECURITY_TEST_DIST: DIST, FUZZ_TEST_DIST: DIST } : {};
if (wants("integration")) ensureRedisServer();
run("integration", "npx", vitest("integration"), { vitestReport: "test-results/integration.json", env: builtEnv });
if (wants("e2e")) {
  if (built) run("e2e", "npx", vitest("e2e"), { vitestReport: "test-results/e2e.json" });
  else {
    failed++;
    results.push("FAIL e2e (not run: the build failed, and an earlier build may be stale)");
  }
}

console.log(`\n=== summary\n${results.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.startsWith("FAIL")) ? 1 : 0);
