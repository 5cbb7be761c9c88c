/**
 * The deployment sets exactly the environment the app reads: every variable the Bicep templates and
 * the Dockerfile set is in lib/env.ts ENV_VARS (a renamed variable fails here, not in a deployment),
 * every variable a deployment must set is set, secrets arrive only as Key Vault references, and the
 * probes, port and config path agree with the app and the image.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARS } from "@/lib/env";

// Variables a template sets before the app reads them (none now: REDIS_URL arrived with #17).
// An entry that appears in ENV_VARS must leave this list (the last test says so).
const AWAITING_APP: readonly string[] = [];

const bicepFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? bicepFiles(full) : name.endsWith(".bicep") ? [full] : [];
  });
const bicep = bicepFiles("deploy").map((f) => ({ file: f, text: readFileSync(f, "utf8") }));
const allBicep = bicep.map((b) => b.text).join("\n");
const dockerfile = readFileSync("Dockerfile", "utf8");

/** Container env entries: `{ name: 'X', value: … }` or `{ name: 'X', secretRef: 'y' }`. */
const envEntries = [...allBicep.matchAll(/\{\s*name:\s*'([A-Za-z_][A-Za-z0-9_]*)'\s*,\s*(value|secretRef):\s*(.*?)\s*\}(?=\s*(?:\]|$))/gm)]
  .filter((m) => /^[A-Z][A-Z0-9_]*$/.test(m[1]))
  .map((m) => ({ name: m[1], kind: m[2] as "value" | "secretRef", rest: m[3].trim() }));
/** Container Apps secrets: `{ name: 'x', keyVaultUrl: …, identity: … }` or, wrongly, `{ name: 'x', value: … }`. */
const appSecrets = [...allBicep.matchAll(/\{\s*name:\s*'([a-z0-9-]+)'\s*,\s*(keyVaultUrl|value):/g)].map((m) => ({ name: m[1], kind: m[2] }));
/** Runtime-stage `ENV A=1 B=2` of the Dockerfile. */
const dockerEnv = (dockerfile.split(/^FROM\s/m).find((s) => /\bAS\s+runtime\b/.test(s.split("\n")[0])) ?? "")
  .split("\n")
  .filter((l) => l.startsWith("ENV "))
  .flatMap((l) => [...l.slice(4).matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)].map((m) => ({ name: m[1], value: m[2] })));

const byName = new Map(ENV_VARS.map((v) => [v.name, v]));

describe("deployment environment against lib/env.ts", () => {
  it("found what it checks (the parsers see the templates' entries)", () => {
    expect(bicep.length).toBeGreaterThanOrEqual(3);
    expect(envEntries.length).toBeGreaterThanOrEqual(8);
    expect(appSecrets.length).toBeGreaterThanOrEqual(4);
    expect(dockerEnv.map((e) => e.name)).toContain("PORT");
  });

  it("sets only variables the app reads", () => {
    const unknown = [...envEntries.map((e) => e.name), ...dockerEnv.map((e) => e.name)].filter((n) => !byName.has(n) && !AWAITING_APP.includes(n));
    expect(unknown, "set by deploy/*.bicep or the Dockerfile but read by nothing (renamed?)").toEqual([]);
  });

  it("sets every variable a deployment needs, and none that only tests and developers use", () => {
    const set = new Set(envEntries.map((e) => e.name));
    const missing = ENV_VARS.filter((v) => v.deploy === "required" && !set.has(v.name)).map((v) => v.name);
    expect(missing).toEqual([]);
    const never = ENV_VARS.filter((v) => v.deploy === "never" && (set.has(v.name) || dockerEnv.some((e) => e.name === v.name))).map((v) => v.name);
    expect(never).toEqual([]);
  });

  it("passes secrets only as Key Vault-backed secret references", () => {
    for (const v of ENV_VARS.filter((x) => x.secret)) {
      const entries = envEntries.filter((e) => e.name === v.name);
      for (const e of entries) expect(e.kind, v.name).toBe("secretRef");
      expect(dockerEnv.map((e) => e.name), `${v.name} baked into the image`).not.toContain(v.name);
    }
    expect(appSecrets.filter((s) => s.kind !== "keyVaultUrl"), "a Container Apps secret with a plain value").toEqual([]);
    const defined = new Set(appSecrets.map((s) => s.name));
    const refs = envEntries.filter((e) => e.kind === "secretRef").map((e) => e.rest.replace(/'/g, ""));
    expect(refs.filter((r) => !defined.has(r))).toEqual([]);
    expect(allBicep).not.toMatch(/\b(NEXTAUTH_SECRET|AUTH_ENTRA_CLIENT_SECRET|KIOSK_SIGNING_SECRET)'\s*,\s*value:/);
  });

  it("probes routes the app serves, on the port the image listens on, with the config where it is mounted", () => {
    const probePaths = [...allBicep.matchAll(/type:\s*'(Liveness|Readiness|Startup)'\s*,\s*httpGet:\s*\{\s*path:\s*'([^']+)'/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(probePaths)).toEqual({ Liveness: "/api/health", Readiness: "/api/ready", Startup: "/api/health" });
    for (const [, route] of probePaths) expect(existsSync(path.join("app", route, "route.ts")), route).toBe(true);

    const port = /var port = (\d+)/.exec(allBicep)?.[1];
    expect(dockerEnv.find((e) => e.name === "PORT")?.value).toBe(port);
    expect(dockerfile).toContain(`EXPOSE ${port}`);
    expect(dockerEnv.find((e) => e.name === "HOSTNAME")?.value).toBe("0.0.0.0");

    const mount = /var configMountPath = '([^']+)'/.exec(allBicep)?.[1];
    const configPath = envEntries.find((e) => e.name === "DASHBOARD_CONFIG")?.rest;
    expect(configPath).toBe("'${configMountPath}/dashboard.json'");
    expect(allBicep).toMatch(/secretRef: 'dashboard-config', path: 'dashboard.json'/);
    expect(mount).toMatch(/^\//);
  });

  it("gives the identity Log Analytics Reader (built-in role 73c42c96-…) on the workspaces", () => {
    expect(allBicep).toContain("var logAnalyticsReaderRoleId = '73c42c96-874c-492b-b04d-ab87d138a893'");
    expect(allBicep).toMatch(/scale:\s*\{\s*minReplicas: 1/);
    expect(allBicep).toMatch(/http: \{ metadata: \{ concurrentRequests:/);
  });

  it("waits for issue #17 only as long as its variable is missing from lib/env.ts", () => {
    expect(AWAITING_APP.filter((n) => byName.has(n)), "now in ENV_VARS: remove from AWAITING_APP").toEqual([]);
    for (const n of AWAITING_APP) expect(envEntries.some((e) => e.name === n)).toBe(true);
  });
});

describe("lib/env.ts ENV_VARS against the code", () => {
  const roots = ["app", "lib", "components", "hooks", "scripts", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts", "next.config.js"];
  const files = (p: string): string[] =>
    statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => files(path.join(p, n))) : /\.(ts|tsx|mjs|js)$/.test(p) ? [p] : [];

  it("lists every process.env.X the code reads", () => {
    const read = new Set<string>();
    for (const f of roots.flatMap(files)) {
      const code = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "");
      for (const m of code.matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)) read.add(m[1]);
    }
    expect(read.size).toBeGreaterThan(3);
    expect([...read].filter((n) => !byName.has(n)).sort()).toEqual([]);
  });
});
