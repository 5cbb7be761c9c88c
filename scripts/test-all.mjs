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

function run(name, cmd, args, { vitestReport } = {}) {
  if (only.length && !only.includes(name)) return;
  const started = Date.now();
  if (vitestReport) rmSync(vitestReport, { force: true });
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
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
if (!only.length || only.includes("integration")) ensureRedisServer();
run("integration", "npx", vitest("integration"), { vitestReport: "test-results/integration.json" });
if (!only.length || only.includes("e2e")) {
  ensureChromium();
  ensurePoppler();
  run("build", "npx", ["next", "build"]);
  run("e2e", "npx", vitest("e2e"), { vitestReport: "test-results/e2e.json" });
}

console.log(`\n=== summary\n${results.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.startsWith("FAIL")) ? 1 : 0);
