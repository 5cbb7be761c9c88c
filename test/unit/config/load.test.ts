import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "@/lib/config/json-schema";
import { ConfigError, embeddedDatasetProblem, loadConfigFile } from "@/lib/config/load";

const demo = JSON.parse(readFileSync("config/demo.json", "utf8"));
const dir = mkdtempSync(path.join(tmpdir(), "aad-config-"));

function writeConfig(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

function problemsOf(file: string): string[] {
  try {
    loadConfigFile(file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toContain(file);
    return (err as ConfigError).problems;
  }
  throw new Error("expected the configuration to be rejected");
}

const mutate = (fn: (c: typeof demo) => void) => {
  const copy = structuredClone(demo);
  fn(copy);
  return copy;
};

describe("configuration loading", () => {
  it("accepts the demo configuration and applies defaults", () => {
    const config = loadConfigFile("config/demo.json");
    expect(config.regions.map((r) => r.id)).toEqual(["uksouth", "westeurope"]);
    expect(config.frontDoor).toMatchObject({ probeIntervalSeconds: 30, sampleSize: 4, successfulSamplesRequired: 3 });
    expect(config.replication.map((p) => p.tier)).toEqual(["cosmos", "cosmos", "sql"]);
    expect(config.workspaces).toBeUndefined();
  });

  it.each([
    ["not JSON", "{ regions: ", /not valid JSON/],
    ["an empty file", "\n", /^the file is empty: expected a JSON object such as config\/demo\.json$/],
    ["a wrong type", mutate((c) => (c.regions[1].cosmosProvisionedRUs = "lots")), /^regions\[1\]\.cosmosProvisionedRUs: .*expected number/],
    ["a missing field", mutate((c) => delete c.budgets.rtoSeconds), /^budgets\.rtoSeconds: .*expected number/],
    ["an unknown field", mutate((c) => (c.regions[0].colour = "red")), /^regions\[0\]: unknown field "colour"; allowed: id, displayName, /],
    // A misspelt field names the one meant, and what the object takes.
    ["a misspelt field", mutate((c) => (c.regions[0].cosmosProvisionedRU = 5)), /^regions\[0\]: unknown field "cosmosProvisionedRU" \(did you mean "cosmosProvisionedRUs"\?\); allowed: .*capacity$/],
    ["a misspelt nested field", mutate((c) => (c.budgets.availability.windowDay = 30)), /^budgets\.availability: unknown field "windowDay" \(did you mean "windowDays"\?\); allowed: target, windowDays$/],
    ["a misspelt top-level field", mutate((c) => (c.Regions = c.regions)), /^\(root\): unknown field "Regions" \(did you mean "regions"\?\)/],
    ["a bad region id", mutate((c) => (c.regions[0].id = "UK South")), /^regions\[0\]\.id: .*lower-case Azure region id/],
    ["one region only", mutate((c) => c.regions.pop()), /^regions: .*at least two regions/],
    ["an unknown pair region", mutate((c) => (c.replication[0].target = "eastus")), /^replication\[0\]\.target: unknown region "eastus"/],
    ["an SLO of 99.95 instead of 0.9995", mutate((c) => (c.budgets.availability.target = 99.95)), /^budgets\.availability\.target: a fraction between 0 and 1, not a percentage: 0\.9995 for 99\.95 %$/],
    ["an impossible sample rule", mutate((c) => (c.frontDoor.successfulSamplesRequired = 9)), /^frontDoor\.successfulSamplesRequired: must not exceed sampleSize/],
    ["a bad workspace id", mutate((c) => (c.workspaces = { ids: ["my-workspace"] })), /^workspaces\.ids\[0\]: .*workspace ID/],
    ["a bad lag source", mutate((c) => (c.replication[2].lagSource = { kind: "sqlMetric" })), /^replication\[2\]\.lagSource\.primaryDatabaseResourceId/],
  ])("rejects %s with a message naming the field", (name, content, expected) => {
    const problems = problemsOf(writeConfig(`${name.replace(/\W+/g, "-")}.json`, content));
    expect(problems.some((p) => expected.test(p)), problems.join("\n")).toBe(true);
  });

  it("reads a file saved as UTF-8 with a byte-order mark (Windows editors) as the same configuration", () => {
    const file = writeConfig("bom.json", `\uFEFF${JSON.stringify(demo)}`);
    expect(loadConfigFile(file).regions.map((r) => r.id)).toEqual(["uksouth", "westeurope"]);
  });

  it("names every problem in one run: a missing required field and a pair naming an unknown region", () => {
    const content = mutate((c) => {
      delete c.name;
      c.replication[1].source = "eastus";
      c.regions[0].capacity = "one";
    });
    const problems = problemsOf(writeConfig("three-mistakes.json", content));
    expect(problems, problems.join("\n")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^name: required field is missing/),
        expect.stringMatching(/^replication\[1\]\.source: unknown region "eastus"/),
        expect.stringMatching(/^regions\[0\]\.capacity: /),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("says on which line and column a file stops being JSON", () => {
    const text = JSON.stringify(demo, null, 2).replace('"capacity": 1\n', '"capacity": 1,\n');
    const line = text.split("\n").findIndex((l) => l.includes('"capacity": 1,')) + 2;
    expect(problemsOf(writeConfig("trailing-comma.json", text))[0]).toMatch(new RegExp(`^not valid JSON at line ${line}, column \\d+: `));
    const cut = JSON.stringify(demo, null, 2).split("\n").slice(0, 10).join("\n");
    expect(problemsOf(writeConfig("cut-short.json", cut))[0]).toMatch(/^not valid JSON at line 10, column \d+: /);
    // A bad token Node reports only by the text around it.
    const bracket = JSON.stringify(demo, null, 2).replace(/("splitBrainRaceWindowMs": 1000)\n/, "$1,\n");
    const bad = bracket.split("\n").findIndex((l) => l.includes('"splitBrainRaceWindowMs": 1000,')) + 2;
    expect(problemsOf(writeConfig("comma-before-brace.json", bracket))[0]).toMatch(new RegExp(`^not valid JSON at line ${bad}, column 3: `));
  });

  // check-config (the first step of npm start) used to pass a missing dataset folder, refused only
  // by the server after the build.
  it("names a missing embedded dataset folder, and warns of a relative one", () => {
    const withDataset = (dataset: string) => loadConfigFile(writeConfig("dataset.json", mutate((c) => (c.embedded = { dataset }))));
    expect(embeddedDatasetProblem(withDataset(path.join(dir, "absent")), "/")).toEqual({ fatal: true, message: `embedded.dataset: folder ${path.join(dir, "absent")} not found` });
    // A folder without tables (the dataset's parent, say) would serve NO DATA everywhere.
    expect(embeddedDatasetProblem(withDataset(dir), "/")).toEqual({ fatal: true, message: expect.stringMatching(/^embedded\.dataset: folder .* holds no <Table>\.ndjson files/) });
    const dataset = path.join(dir, "ds");
    mkdirSync(dataset, { recursive: true });
    writeFileSync(path.join(dataset, "AppMetrics.ndjson"), "");
    expect(embeddedDatasetProblem(withDataset("ds"), dir)).toMatchObject({ fatal: false, message: expect.stringContaining(`give ${dataset}`) });
    expect(embeddedDatasetProblem(withDataset(dataset), "/")).toBeUndefined();
    expect(embeddedDatasetProblem(loadConfigFile("config/demo.json"), "/")).toBeUndefined();
  });

  it("names a missing file", () => {
    expect(problemsOf(path.join(dir, "absent.json"))[0]).toMatch(/cannot read file/);
  });

  it("ships a JSON Schema identical to the one generated from the zod schema", () => {
    const shipped = JSON.parse(readFileSync("config/config.schema.json", "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });
});

describe("configuration text fields", () => {
  it("refuses control characters, which no query could carry", () => {
    const problems = problemsOf(writeConfig("control.json", mutate((c) => (c.regions[0].displayName = "UK\u0007South"))));
    expect(problems.join("\n")).toMatch(/^regions\[0\]\.displayName: text without control characters/m);
  });
});

describe("platformHealth and sloCorrections", () => {
  it("default to no extra filters and no corrections", () => {
    const config = loadConfigFile("config/demo.json");
    expect(config.platformHealth).toEqual({ services: [], resourceIds: [] });
    expect(config.sloCorrections).toEqual([]);
  });

  it("name the field of a bad correction", () => {
    const good = { from: "2026-11-03T22:00:00Z", to: "2026-11-03T23:00:00Z", region: "uksouth", reason: "SQL failover test", approvedBy: "jane" };
    const file = writeConfig(
      "corrections.json",
      mutate((c) => {
        c.sloCorrections = [
          good,
          { ...good, region: "eastus" },
          { ...good, to: "2026-11-03T21:00:00Z" },
          { ...good, from: "yesterday" },
          { from: good.from, to: good.to, region: "all", reason: "no approver" },
        ];
      }),
    );
    const problems = problemsOf(file);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sloCorrections\[3\]\.from: .*ISO-8601/),
        expect.stringMatching(/^sloCorrections\[4\]\.approvedBy: /),
      ]),
    );
    // Cross-field checks run once the shapes are right.
    const crossFile = writeConfig("corrections-cross.json", mutate((c) => (c.sloCorrections = [{ ...good, region: "eastus" }, { ...good, to: "2026-11-03T21:00:00Z" }])));
    expect(problemsOf(crossFile)).toEqual([
      'sloCorrections[0].region: unknown region "eastus"; configured regions are uksouth, westeurope, or all',
      "sloCorrections[1].to: must be after from",
    ]);
  });
});
