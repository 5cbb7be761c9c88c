/**
 * The configuration fields and environment variables the docs name are the ones the code reads, with
 * the defaults the code applies: a field added, renamed or given another default fails here until
 * docs/configuration.md (or companion/README.md) says so.
 */
import { hostname } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMPANION_SETTING_NAMES, readCompanionEnv } from "@/companion/settings";
import { ENV_VARS, readEnv } from "@/lib/env";
import { parseRedisUrl } from "@/lib/shared-tier/settings";
import { parseConfig } from "@/lib/config/load";
import { allDocs, DOC_PAGES, docText, inlineCode, tableAfter } from "./docs-text";

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  default?: unknown;
}

/** Every property of the generated JSON Schema (same zod schema as the loader) as [path, key, schema]. */
function fields(node: JsonSchema, path: string[] = []): { path: string[]; key: string; schema: JsonSchema }[] {
  const out: { path: string[]; key: string; schema: JsonSchema }[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    out.push({ path: [...path, key], key, schema: child }, ...fields(child, [...path, key]));
  }
  for (const child of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) if (child) out.push(...fields(child, path));
  if (node.additionalProperties && typeof node.additionalProperties === "object") out.push(...fields(node.additionalProperties, path));
  return out;
}

const schema = JSON.parse(readFileSync("config/config.schema.json", "utf8")) as JsonSchema;
const configFields = fields(schema).filter((f) => f.path[0] !== "$schema");
const configPage = docText("docs/configuration.md");
const table = tableAfter(configPage, "| field | meaning |");
/** Where a top-level field is documented: its row of the configuration table (and, for `auth`, docs/security.md). */
const docOf = (top: string): string => {
  const row = table.find((cells) => cells[0].replace(/`|\[\]/g, "") === top);
  return `${row?.join(" | ") ?? ""}\n${top === "auth" ? docText("docs/security.md") : ""}`;
};
const names = (text: string, key: string) => new RegExp(`[\`".]${key}(?![A-Za-z0-9])`).test(text);

describe("docs/configuration.md against the configuration schema", () => {
  it("found the schema's fields and the table's rows", () => {
    expect(configFields.length).toBeGreaterThan(60);
    expect(table.length).toBeGreaterThan(10);
  });

  it("has one row per top-level field, and no row for a field the schema does not have", () => {
    const top = Object.keys(schema.properties ?? {}).filter((k) => k !== "$schema");
    expect(table.map((cells) => cells[0].replace(/`|\[\]/g, "")).sort()).toEqual(top.sort());
  });

  it("names every nested field where its top-level field is documented", () => {
    const missing = configFields.filter((f) => f.path.length > 1 && !names(docOf(f.path[0]), f.key)).map((f) => f.path.join("."));
    expect(missing, "fields the docs never name (add them to the row, with the default)").toEqual([]);
  });

  it("states every default the loader applies to a number, string or boolean field", () => {
    const scalar = configFields.filter((f) => ["number", "string", "boolean"].includes(typeof f.schema.default));
    expect(scalar.length).toBeGreaterThan(15);
    const missing = scalar
      .filter((f) => {
        // The value within a short reach after a mention of the field ("`sampleSize` … (defaults 30, 4, 3)").
        const text = docOf(f.path[0]);
        const value = String(f.schema.default).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const near = new RegExp(`[\`".]${f.key}(?![A-Za-z0-9])[^|]{0,100}?(?<![\\w.])${value}(?![\\w])`);
        return !near.test(text);
      })
      .map((f) => `${f.path.join(".")} = ${JSON.stringify(f.schema.default)}`);
    expect(missing, "defaults the docs do not state").toEqual([]);
  });
});

describe("configuration fragments in README and docs/", () => {
  it("each ```json fragment, put into the demo configuration, loads", () => {
    const demo = JSON.parse(readFileSync("config/demo.json", "utf8")) as Record<string, unknown>;
    const fragments = DOC_PAGES.flatMap((page) => [...docText(page).matchAll(/```json\n([\s\S]*?)```/g)].map((m) => ({ page, text: m[1] })));
    expect(fragments.length).toBeGreaterThanOrEqual(2);
    for (const { page, text } of fragments) {
      // "<tenant id>"-style placeholders stand for GUIDs the reader fills in.
      const fragment = JSON.parse(`{${text.replace(/"<[^">]+>"/g, '"00000000-0000-4000-8000-000000000000"')}}`) as Record<string, unknown>;
      expect(() => parseConfig({ ...demo, ...fragment }), `${page}: ${Object.keys(fragment).join(", ")}`).not.toThrow();
    }
  });
});

/** Backticked UPPER_SNAKE names that are not environment variables: the warned prefixes, their misspelt example, an API error code. */
const NOT_ENV = new Set(["DASHBOARD_", "RATE_LIMIT_", "PAGE_CACHE_", "KIOSK_", "PAGE_CACHE_SECOND", "E_QUERY_RESULT_SET_TOO_LARGE"]);
/** Constants of the code the docs cite by name (`LAG_STALE_MS`, `SIGNAL_MODULES`): declared in lib/. */
const libSource = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? libSource(path.join(dir, e.name)) : e.name.endsWith(".ts") ? readFileSync(path.join(dir, e.name), "utf8") : ""))
    .join("\n");
const declared = new Set([...libSource("lib").matchAll(/\b(?:const|let|var)\s+([A-Z][A-Z0-9_]+)\b/g)].map((m) => m[1]));
/** Variables read by the benchmarks, the tests, Node, the image build or the shell, not the dashboard or companion. */
const ELSEWHERE = new Set(["CROWD_DIST", "CROWD_NODE_OPTIONS", "FUZZ_CASES", "FUZZ_JSON_CASES", "FUZZ_JSON_SEED", "FUZZ_OUT", "FUZZ_SEED", "NODE_EXTRA_CA_CERTS", "NODE_IMAGE", "RLIMIT_NOFILE", "RLIMIT_NPROC"]);

describe("environment variables named in README and docs/", () => {
  const docs = allDocs();
  // An inline code span that is a variable, or starts with one being set (`PORT=3001 npm start`).
  const named = new Set(inlineCode(docs).flatMap((code) => /^([A-Z][A-Z0-9]*_[A-Z0-9_]*)(?:=|\s|$)/.exec(code)?.[1] ?? []));

  it("every one is read by the dashboard (lib/env.ts ENV_VARS) or the companion (companion/settings.ts)", () => {
    const known = new Set([...ENV_VARS.map((v) => v.name), ...COMPANION_SETTING_NAMES, ...NOT_ENV, ...ELSEWHERE]);
    expect([...named].filter((n) => !known.has(n) && !declared.has(n))).toEqual([]);
    expect(named.size).toBeGreaterThan(30);
  });

  it("every variable the dashboard reads, npm start reads or a deployment sets is documented", () => {
    const documented = (name: string) => new RegExp(`\\b${name}\\b`).test(docs);
    const undocumented = ENV_VARS.filter((v) => v.reader === "app" || v.reader === "npm-start" || v.deploy === "required")
      .map((v) => v.name)
      .filter((n) => !documented(n));
    expect(undocumented).toEqual([]);
  });
});

describe("the dashboard's environment defaults", () => {
  it("every default lib/env.ts applies is stated next to the variable's name", () => {
    const docs = allDocs();
    const defaults = Object.entries(readEnv({} as NodeJS.ProcessEnv)).filter(([, v]) => v !== undefined);
    expect(defaults.length).toBeGreaterThanOrEqual(8);
    const missing = defaults
      .filter(([name, value]) => {
        const v = String(value).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return !new RegExp(`\`${name}\`[^|]{0,120}?(?<![\\w.])${v}(?![\\w])`).test(docs);
      })
      .map(([name, value]) => `${name} = ${String(value)}`);
    expect(missing, "defaults the docs do not state").toEqual([]);
  });
});

describe("docs/replicas.md REDIS_URL forms", () => {
  it("every example parses, with the database and prefix the table says", () => {
    const page = docText("docs/replicas.md");
    const fill = (u: string) => u.replace("<object-id>", "00000000-0000-0000-0000-000000000001").replace("<region>", "westeurope");
    const forms = tableAfter(page, "| form | use |").map(([form]) => /`([^`]+)`/.exec(form)?.[1] ?? "");
    const full = forms.filter((f) => f.startsWith("redis"));
    expect(full.length).toBe(3);
    for (const u of [/REDIS_URL='([^']+)'/.exec(page)?.[1] ?? "", ...full]) expect(() => parseRedisUrl(fill(u)), u).not.toThrow();
    // `…/2` and `…?prefix=NAME` on the first form; the defaults the table states.
    const base = full[0];
    expect(parseRedisUrl(base)).toMatchObject({ db: 0, prefix: "aad" });
    expect(page).toContain("database number (default 0)");
    expect(page).toContain("(default `aad`)");
    expect(parseRedisUrl(`${base}/2?prefix=NAME`)).toMatchObject({ db: 2, prefix: "NAME" });
  });
});

describe("companion/README.md settings table against companion/settings.ts", () => {
  const rows = tableAfter(docText("companion/README.md"), "| variable | default | what |");
  const documented = new Map<string, string>();
  for (const [nameCell, defaultCell] of rows) {
    const rowNames = [...nameCell.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    const defaults = defaultCell.split(" / ");
    rowNames.forEach((n, i) => documented.set(n, defaults.length === rowNames.length ? defaults[i] : defaultCell));
  }

  it("lists every setting, and only settings", () => {
    expect([...documented.keys()].sort()).toEqual([...COMPANION_SETTING_NAMES].sort());
  });

  it("states each default as the companion applies it", () => {
    const applied = readCompanionEnv({ APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=00000000-0000-0000-0000-000000000000" });
    for (const name of COMPANION_SETTING_NAMES) {
      const cell = documented.get(name) ?? "";
      const value: unknown = applied[name];
      const expected =
        name === "APPLICATIONINSIGHTS_CONNECTION_STRING"
          ? "required"
          : name === "COMPANION_INSTANCE"
            ? hostname() && "host name"
            : value === undefined
              ? "—"
              : Array.isArray(value) && value.length === 0
                ? "empty"
                : typeof value === "number"
                  ? String(value) + (value === 0 ? " (off)" : "")
                  : `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
      expect(cell, name).toBe(expected);
    }
  });
});
