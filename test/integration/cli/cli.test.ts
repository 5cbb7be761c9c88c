import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The command-line tools as a user runs them (`npm run -s NAME -- …` is `tsx scripts/NAME.ts …`):
 * stdout carries only the document (so `> file.json` is valid JSON), logs go to stderr, and bad
 * arguments are refused before the seconds-long workspace build.
 */
const dir = mkdtempSync(path.join(tmpdir(), "aad-cli-"));
const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
// A one-day demo keeps the test short; the CLIs build it the way the dashboard does.
const config = path.join(dir, "demo-1d.json");
writeFileSync(config, JSON.stringify({ ...demo, $schema: undefined, embedded: { ...demo.embedded, days: 1 } }));
const NOW = "2026-11-20T12:00:00Z";
// The simulate test writes a dataset (~60 MB) here.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a CLI with DASHBOARD_CONFIG set to the one-day demo, unless `env` says otherwise (undefined: unset). */
function cli(script: string, args: string[], env: Record<string, string | undefined> = {}) {
  const started = performance.now();
  const out = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    encoding: "utf8",
    env: { ...process.env, DASHBOARD_AS_OF: NOW, DASHBOARD_CONFIG: config, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ...out, seconds: (performance.now() - started) / 1000 };
}

describe("CLIs print only the document on stdout", () => {
  it("npm run snapshot: stdout parses as the snapshot JSON; the build log is on stderr", () => {
    const run = cli("snapshot", ["--config", config, "--range", "1h"]);
    expect(run.status, run.stderr).toBe(0);
    const snapshot = JSON.parse(run.stdout);
    expect(snapshot.range.to).toBe(new Date(NOW).toISOString());
    expect(Object.keys(snapshot)).toEqual(expect.arrayContaining(["range", "signals"]));
    expect(run.stderr).toContain("embedded workspace ready:");
  }, 180_000);

  it("npm run kql without --dataset: queries the embedded demo the dashboard shows, says so on stderr", async () => {
    const kql = 'AppMetrics | where Name == "replication_lag_ms" | summarize n = count(), worst = max(Max)';
    // The query as people type it first: one argument. The first line says whether the demo was built or resumed.
    const run = cli("kql", ["--at", "2026-11-20T11:00:00Z", "--timespan", "PT1H", kql]);
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout);
    expect(run.stderr).toMatch(/^kql: (built: the 1-day demo \(seed 42\) anchored now, 2026-11-20T12:00:00\.000Z|from cache: the 1-day demo \(seed 42\) anchored at 2026-11-20T12:00:00\.000Z, 0 s of rows simulated since)/);
    expect(run.stderr).toMatch(/no --dataset: querying the embedded workspace the dashboard shows for .*demo-1d\.json, as of 2026-11-20T11:00:00\.000Z/);
    // Called again: resumed from the cache (DASHBOARD_AS_OF freezes the clock, so only the demo anchored there), same answer.
    const again = cli("kql", ["--at", "2026-11-20T11:00:00Z", "--timespan", "PT1H", "--query", kql]);
    expect(again.stderr).toMatch(/^kql: from cache: the 1-day demo \(seed 42\) anchored at 2026-11-20T12:00:00\.000Z, 0 s of rows simulated since/);
    expect(JSON.parse(again.stdout)).toEqual(table);
    const built = cli("kql", ["--no-cache", "--at", "2026-11-20T11:00:00Z", "--timespan", "PT1H", kql]);
    expect(built.stderr).toMatch(/^kql: built: .*\(--no-cache; not cached\)/);
    expect(JSON.parse(built.stdout)).toEqual(table);
    // The same query through the dashboard's own path (process-wide source behind the gateway).
    process.env.DASHBOARD_AS_OF = NOW;
    const { getSource } = await import("@/lib/wiring/source");
    const { loadConfigFile } = await import("@/lib/config/load");
    const window = { from: new Date("2026-11-20T10:00:00Z"), to: new Date("2026-11-20T11:00:00Z") };
    const dashboard = await getSource(loadConfigFile(config)).query(kql, window);
    expect(table.rows).toEqual(dashboard.table.rows);
    expect(table.rows[0][0]).toBeGreaterThan(0);
  }, 300_000);
});

describe("CLIs refuse bad arguments before any work", () => {
  it.each([
    ["snapshot", ["--at", "yesterday"], /"parameter": "at"/],
    ["snapshot", ["--range", "2w"], /"parameter": "range"/],
    ["kql", ["--at", "yesterday", "--query", "print 1"], /--at: "yesterday" is not an ISO-8601/],
    ["kql", ["--timespan", "an hour", "--query", "print 1"], /--timespan/],
    ["simulate", ["--scenario", "demo", "--out", path.join(dir, "x"), "--at", "yesterday"], /--at/],
    // A date-time without a zone is the local time of whoever runs it: refused, not guessed.
    ["simulate", ["--scenario", "steady", "--out", path.join(dir, "x"), "--at", "2026-11-22T08:00:00"], /--at: .* with a time zone/],
    ["simulate", ["--scenario", "region-outtage", "--out", path.join(dir, "x")], /unknown scenario\(s\) region-outtage; known: steady, region-outage/],
    ["kql", ["--timespan", "2026-11-22T06:00:00Z/2026-11-22T00:00:00Z", "--query", "print 1"], /--timespan: the start .* is not before the end/],
    // A missing configuration file is a bad argument for every tool (snapshot and simulate exited 1).
    ["snapshot", ["--config", path.join(dir, "absent.json")], /absent\.json:\n  - cannot read file/],
    ["simulate", ["--scenario", "steady", "--out", path.join(dir, "x"), "--config", path.join(dir, "absent.json")], /absent\.json:\n  - cannot read file/],
    ["kql", ["--querry", "print 1"], /Unknown option '--querry'\nusage: npm run -s kql/],
    // An empty --query (a shell variable that was not set) was "give exactly one of --query or --query-file".
    ["kql", ["--query="], /--query is empty: give the KQL text/],
    // Every argument used to be ignored: `--confg other.json` checked the default configuration.
    ["doctor", ["--confg", "other.json"], /Unknown option '--confg'\nusage: npm run -s doctor/],
    // An option given twice was "last wins" (exit 0 with the 6-hour snapshot); the routes refuse `?range=1h&range=6h`.
    ["snapshot", ["--range", "1h", "--range", "6h"], /Option '--range' given more than once; give it once\nusage: npm run -s snapshot/],
    ["kql", ["--at", NOW, "--at", NOW, "--query", "print 1"], /Option '--at' given more than once/],
    ["doctor", ["--config", config, "--config", config], /Option '--config' given more than once/],
    ["alerts", ["--list", "--config", config, "--config", config], /Option '--config' given more than once; give it once\nusage: npm run -s alerts/],
    ["simulate", ["--scenario", "steady", "--scenario", "drill", "--out", path.join(dir, "x")], /Option '--scenario' given more than once; give it once\nusage: npm run -s simulate/],
    // simulate had a parser of its own: a misspelt flag read as "--scenarios needs a value".
    ["simulate", ["--scenarios", "steady", "--out", path.join(dir, "x")], /Unknown option '--scenarios'\nusage: npm run -s simulate/],
    // An --at before the demo's first data (DASHBOARD_AS_OF − 1 day) was refused only after the demo's build.
    ["snapshot", ["--at", "2026-11-18T12:00:00Z"], /2026-11-18T12:00:00\.000Z is before the data[\s\S]*at or after 2026-11-19T12:00:00\.000Z \(the first data\)/],
    ["kql", ["--at", "2026-11-18T12:00:00Z", "--query", "print 1"], /--at: 2026-11-18T12:00:00\.000Z is before the data; allowed: a moment at or after 2026-11-19T12:00:00\.000Z \(the first data of the 1-day demo\)/],
    ["check-config", ["--config", config, "--config", config], /Option '--config' given more than once/],
    // check-config took `--config` for the file name and ignored a second file.
    ["check-config", [config, config], /check-config: give one configuration file\nusage: npx tsx scripts\/check-config\.ts/],
    // A missing dataset folder is a bad argument, as for kql (snapshot exited 1).
    ["snapshot", ["--dataset", path.join(dir, "no-such-dataset")], /no-such-dataset: dataset folder not found/],
    ["simulate", ["--scenario", "steady", "--out", path.join(dir, "x"), "--hours", "0.2"], /--hours 0\.2 is too short for steady/],
    // Failed deep inside, exit 1: "AzureDiagnostics: column TimeGenerated: expected datetime, got "-112053-…".
    ["simulate", ["--scenario", "steady", "--out", path.join(dir, "x"), "--hours", "1e9"], /--hours: a positive number of hours up to 1440 \(60 days\), got "1e9"/],
  ])("%s %j", (script, args, message) => {
    const run = cli(script as string, args as string[]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    // Refused without building the workspace (that takes seconds even for one day)…
    expect(run.stderr).not.toContain("embedded workspace ready");
    // …so about the start-up time of node + tsx (~1.5 s measured on a busy 2-core machine, 4-5 s at a
    // load average of 20); loose bound: the line above is what shows no workspace was built.
    expect(run.seconds).toBeLessThan(10);
  });
});

describe("check-config takes the file as the other tools do", () => {
  it.each([[[config]], [["--config", config]]])("%j", (args) => {
    const run = cli("check-config", args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^configuration .*demo-1d\.json: Contoso Payments, regions uksouth, westeurope/);
  });
});

// alerts exited 2 "--config is required" where every other CLI defaults to $DASHBOARD_CONFIG or config/demo.json.
describe("npm run alerts takes the configuration as the other tools do", () => {
  const WORKSPACE = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";

  it("defaults to $DASHBOARD_CONFIG, saying so on stderr", () => {
    const run = cli("alerts", ["--scope", WORKSPACE]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^alerts: configuration .*demo-1d\.json \(\$DASHBOARD_CONFIG\)\n/);
    expect(JSON.parse(run.stdout).resources.length).toBeGreaterThan(5);
  });

  it("lists the demo's rules without --config or $DASHBOARD_CONFIG, naming the file", () => {
    const run = cli("alerts", ["--list"], { DASHBOARD_CONFIG: undefined });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^alerts: configuration config\/demo\.json \(the default: no --config, no \$DASHBOARD_CONFIG\)\n/);
    expect(run.stdout).toContain("aad-split-brain-race");
  });

  // A template from a demo nobody chose deploys rules for its invented resources: refused, saying what to pass.
  it("refuses a template from the demo nobody chose, saying what to pass", () => {
    const run = cli("alerts", ["--scope", WORKSPACE], { DASHBOARD_CONFIG: undefined });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/no --config and no \$DASHBOARD_CONFIG: .*\nPass --config FILE \(e\.g\. --config config\/prod\.json\), or --config config\/demo\.json to mean the demo; --list/);
  });
});

describe("npm run simulate never overwrites or mixes into an earlier dataset", () => {
  it("refuses a folder holding one, writing nothing; --replace swaps it for the new dataset only", () => {
    const out = path.join(dir, "earlier-dataset");
    mkdirSync(out);
    writeFileSync(path.join(out, "AppMetrics.ndjson"), '{"Name":"mine"}\n');
    writeFileSync(path.join(out, "notes.txt"), "not a dataset file");
    const args = ["--scenario", "steady", "--out", out, "--at", NOW, "--hours", "0.5"];
    const refused = cli("simulate", args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--out .*earlier-dataset already holds a dataset \(AppMetrics\.ndjson\); nothing was written.*--replace/);
    expect(readdirSync(out).sort()).toEqual(["AppMetrics.ndjson", "notes.txt"]);
    expect(readFileSync(path.join(out, "AppMetrics.ndjson"), "utf8")).toBe('{"Name":"mine"}\n');

    // A run that fails after its checks leaves the folder as it was, even with --replace.
    const failed = cli("simulate", [...args.slice(0, -1), "0.2", "--replace"]);
    expect(failed.status).toBe(2);
    expect(readFileSync(path.join(out, "AppMetrics.ndjson"), "utf8")).toBe('{"Name":"mine"}\n');

    const replaced = cli("simulate", [...args, "--replace"]);
    expect(replaced.status, replaced.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(["AppMetrics.ndjson", "AzureDiagnostics.ndjson", "truth.json", "notes.txt"]));
    expect(readFileSync(path.join(out, "AppMetrics.ndjson"), "utf8")).not.toContain('"mine"');
    // Nothing of the staging folder is left beside it.
    expect(readdirSync(dir).filter((name) => name.includes(".simulate-"))).toEqual([]);

    // The dataset holds the half hour before NOW: a snapshot as of an hour earlier would be NO DATA
    // everywhere with exit 0; it is refused naming where the data begins, as the server's ?at= is.
    const before = cli("snapshot", ["--dataset", out, "--at", "2026-11-20T11:00:00Z"]);
    expect(before.status).toBe(2);
    expect(before.stdout).toBe("");
    expect(before.stderr).toMatch(/2026-11-20T11:00:00\.000Z is before the data/);
    expect(before.stderr).toMatch(/a moment at or after 2026-11-20T11:[23]\d:\d\d\.\d{3}Z \(the first data\)/);
    const within = cli("snapshot", ["--dataset", out, "--at", NOW, "--range", "15m", "--compact"]);
    expect(within.status, within.stderr).toBe(0);
    expect(JSON.parse(within.stdout).range.to).toBe(new Date(NOW).toISOString());

    // Past the data, mid refresh bin: stderr named the clock's now (12:47:29.960) while the snapshot's
    // asOf was the bin's start (12:47:20), as a live view is snapped. Both now say the asOf.
    const past = cli("snapshot", ["--dataset", out, "--range", "15m", "--compact"], { DASHBOARD_AS_OF: "2026-11-20T12:47:29.960Z" });
    expect(past.status, past.stderr).toBe(0);
    const snap = JSON.parse(past.stdout);
    expect(snap.asOf).toBe("2026-11-20T12:47:20.000Z");
    expect(past.stderr).toMatch(/before the snapshot's asOf \(2026-11-20T12:47:20\.000Z\): past it every signal reads NO DATA\. To look at the dataset's end, give --at 2026-11-20T1[12]:\d\d:\d\dZ/);
    expect(past.stderr).not.toContain("12:47:29");
    // The JSON carries the recording's note as the server's does, its end the one stderr names.
    expect(past.stderr).toContain(`newest row is at ${snap.recording.endsAt},`);
    expect(past.stderr).toContain(`give --at ${snap.recording.at}`);
  }, 180_000);
});
