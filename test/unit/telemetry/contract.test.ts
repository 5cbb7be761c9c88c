import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { dataChecks } from "@/lib/doctor/checks";
import { catalogQueries } from "@/lib/signals";
import { ALL_FEEDS, contractMarkdown, type TelemetryFeed } from "@/lib/telemetry/contract";
import { TABLE_REMEDIES } from "@/lib/telemetry/remedies";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";

const config = loadConfigFile("config/demo.json");
const queries = catalogQueries(config);

/** `Properties.x` and `Properties["x"]` keys a text names. */
function propertiesIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(/Properties\.(\w+)|Properties\[\s*"([^"]+)"\s*\]/g)) keys.add(m[1] ?? m[2]);
  return keys;
}

/** The catalog queries that read a feed: they name its table and one of its selecting values. */
function queriesOf(feed: TelemetryFeed): string[] {
  const values = feed.select?.values(config) ?? [];
  return queries
    .map((q) => q.kql)
    .filter((kql) => new RegExp(`\\b${feed.table}\\b`).test(kql) && (values.length === 0 || values.some((v) => kql.includes(`"${v}"`))));
}

const words = (text: string) => new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
const appFeeds = ALL_FEEDS.filter((f) => f.properties);

describe("the telemetry contract against the queries that read it", () => {
  it.each(ALL_FEEDS.filter((f) => !f.appliesTo || f.appliesTo(config)).map((f) => [f.id, f] as const))("%s is read by a catalog query, through columns of its table", (_id, feed) => {
    const texts = queriesOf(feed);
    expect(texts.length).toBeGreaterThan(0);
    const schema = new Set(TABLE_SCHEMAS[feed.table].map((c) => c.name));
    expect(feed.columns.filter((c) => !schema.has(c))).toEqual([]);
    const read = new Set(texts.flatMap((t) => [...words(t)]));
    expect(feed.columns.filter((c) => !read.has(c))).toEqual([]);
  });

  it.each(appFeeds.map((f) => [f.id, f] as const))("%s: the queries read exactly its columns and Properties keys", (_id, feed) => {
    const texts = queriesOf(feed);
    // App tables are read one table per query here, so every contract column a query names is one it reads.
    const schema = TABLE_SCHEMAS[feed.table].map((c) => c.name).filter((c) => c !== "Properties");
    const named = schema.filter((c) => texts.some((t) => words(t).has(c)));
    expect(new Set(named)).toEqual(new Set(feed.columns));
    expect(new Set(texts.flatMap((t) => [...propertiesIn(t)]))).toEqual(new Set(feed.properties?.(config)));
  });

  it("declares every Properties key any query reads", () => {
    const declared = new Set(appFeeds.flatMap((f) => f.properties?.(config) ?? []));
    const read = new Set(queries.flatMap((q) => [...propertiesIn(q.kql)]));
    expect([...read].filter((k) => !declared.has(k))).toEqual([]);
  });
});

describe("the doctor's remedies come from the contract", () => {
  const checks = new Map(dataChecks(config).map((c) => [c.id, c]));

  it.each(appFeeds.map((f) => [f.id, f] as const))("%s: the remedy names exactly the Properties keys and names the queries read", (id, feed) => {
    const check = checks.get(id);
    expect(check, id).toBeDefined();
    const texts = queriesOf(feed);
    expect(propertiesIn(check?.remedy ?? "")).toEqual(new Set(texts.flatMap((t) => [...propertiesIn(t)])));
    for (const name of feed.select?.values(config) ?? []) expect(check?.remedy).toContain(name);
    for (const [key, values] of Object.entries(feed.propertyValues ?? {})) {
      const accepted = texts.join("\n").match(new RegExp(`${key} in \\(([^)]*)\\)`))?.[1];
      expect(accepted?.replace(/"/g, "").split(/\s*,\s*/)).toEqual([...values]);
      expect(check?.remedy).toContain(`Properties.${key} (${values.join(" or ")})`);
    }
  });

  it("names no key or phase the queries do not read (the old Properties.source/target, phases evicted/recovered)", () => {
    const all = [...checks.values()].map((c) => c.remedy).join("\n") + Object.values(TABLE_REMEDIES).join("\n");
    expect(all).not.toMatch(/Properties\.(source|target)\b/);
    expect(all).not.toMatch(/evicted|recovered/);
    const readAnywhere = new Set(queries.flatMap((q) => [...propertiesIn(q.kql)]));
    const named = [...propertiesIn(all)].filter((k) => !k.startsWith("<"));
    expect(named.filter((k) => !readAnywhere.has(k))).toEqual([]);
  });
});

describe("the docs' contract table (docs/telemetry-contract.md)", () => {
  it("is the one generated from the contract", () => {
    const readme = readFileSync("docs/telemetry-contract.md", "utf8");
    const block = /<!-- telemetry-contract:start -->\n([\s\S]*?)\n<!-- telemetry-contract:end -->/.exec(readme)?.[1];
    // To refresh: paste the output of `npx tsx scripts/contract-table.ts` between the markers.
    expect(block).toBe(contractMarkdown());
  });
});
