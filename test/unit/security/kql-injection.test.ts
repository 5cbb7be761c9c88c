/**
 * No value can change a query's structure: arbitrary strings go through every `kql` value kind and
 * every string field of the configuration the catalog reads, and Microsoft's Kusto parser must see
 * the same syntax tree (kinds and non-literal token text) as for ordinary values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "@/config/demo.json";
import { parseConfig } from "@/lib/config/load";
import { kql, KqlValueError, Timespan } from "@/lib/kql/literal";
import { catalogQueries } from "@/lib/signals";
import { queryShape } from "./kusto-shape";

// Characters kqlString refuses (it throws rather than emit them): C0 controls but \t \n \r, and DEL.
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const anyString = fc.string({ unit: "binary", maxLength: 40 });
// Bias towards the characters that matter for escaping.
const nasty = fc.string({
  unit: fc.constantFrom('"', "'", "\\", "|", "\n", "\r", "\t", "/", "*", "@", "`", "(", ")", ";", "\u2028", "\u0085", "\ufeff", "a", " ", "x", "$", "{", "}"),
  maxLength: 30,
});
const text = fc.oneof(anyString, nasty);

const template = (a: string, b: string, c: string) =>
  kql`AppMetrics | where Name == ${a} and tostring(Properties[${b}]) in ${[a, b, c]} | extend label = strcat(${c}, "-") | take 5`;
const reference = queryShape(template("x", "y", "z"));

describe("the kql template keeps every query's shape", () => {
  it("for arbitrary strings, and decodes them back to the same text", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        if ([a, b, c].some((s) => REFUSED.test(s))) {
          expect(() => template(a, b, c)).toThrow(KqlValueError);
          return;
        }
        const got = queryShape(template(a, b, c));
        expect(got.errors).toEqual([]);
        expect(got.shape).toEqual(reference.shape);
        expect(got.strings).toEqual([a, b, a, b, c, c, "-"]);
      }),
      { numRuns: 400 },
    );
  });

  it("for numbers, dates and timespans", () => {
    const shapes = (n: number) => queryShape(kql`T | where X > ${n} | extend d = ${new Date(0)}, t = ${new Timespan(1)}`).shape;
    const allowed = [shapes(1), shapes(-1), shapes(1.5), shapes(-1.5)].map((s) => JSON.stringify(s));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.date({ noInvalidDate: true }), fc.nat(), (n, d, ms) => {
        const got = queryShape(kql`T | where X > ${n} | extend d = ${d}, t = ${new Timespan(ms)}`);
        expect(got.errors).toEqual([]);
        const shape = JSON.stringify(queryShape(kql`T | where X > ${n} | extend d = ${new Date(0)}, t = ${new Timespan(1)}`).shape);
        expect(allowed).toContain(shape);
        expect(JSON.stringify(got.shape)).toBe(shape);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses non-finite numbers and invalid dates instead of emitting them", () => {
    expect(() => kql`T | take ${Number.NaN}`).toThrow(KqlValueError);
    expect(() => kql`T | take ${Number.POSITIVE_INFINITY}`).toThrow(KqlValueError);
    expect(() => kql`T | where t > ${new Date("nope")}`).toThrow(KqlValueError);
  });
});

// ---- the catalog, built from configurations whose string fields are arbitrary ----

/** Strings the schema accepts where it accepts any non-empty string; distinct across the two regions. */
const freeText = fc.string({ unit: "binary", minLength: 1, maxLength: 24 }).filter((s) => !REFUSED.test(s));
const freeTexts = (n: number) => fc.uniqueArray(fc.oneof(freeText, nasty.filter((s) => s.length > 0 && !REFUSED.test(s))), { minLength: n, maxLength: n });
const regionIds = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{1,39}$/), { minLength: 2, maxLength: 2 });
const hosts = fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9.-]{1,40}$/), { minLength: 2, maxLength: 2 });
const segment = fc.stringMatching(/^[^/]{1,20}$/).filter((s) => !REFUSED.test(s) && !/containerservice/i.test(s));
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
const metricName = fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/);

const configArb = fc.record({
  ids: regionIds,
  displayNames: freeTexts(2),
  cosmosNames: freeTexts(2),
  appRegions: freeTexts(2),
  rolePatterns: freeTexts(2),
  origins: hosts,
  subs: fc.uniqueArray(segment, { minLength: 2, maxLength: 2 }),
  groups: fc.uniqueArray(segment, { minLength: 2, maxLength: 2 }),
  planNames: fc.uniqueArray(segment, { minLength: 2, maxLength: 2 }),
  dbNames: fc.uniqueArray(segment, { minLength: 2, maxLength: 2 }),
  dependencyType: freeText,
  writeNames: freeTexts(2),
  entityKey: identifier,
  canaryMetric: metricName,
});

type Generated = typeof configArb extends fc.Arbitrary<infer T> ? T : never;

function buildConfig(g: Generated) {
  const plan = (i: number) => `/subscriptions/${g.subs[i]}/resourceGroups/${g.groups[i]}/providers/Microsoft.Web/serverfarms/${g.planNames[i]}`;
  const db = (i: number) => `/subscriptions/${g.subs[i]}/resourceGroups/${g.groups[i]}/providers/Microsoft.Sql/servers/${g.dbNames[i]}/databases/${g.dbNames[i]}`;
  return parseConfig({
    ...demo,
    regions: demo.regions.map((r, i) => ({
      ...r,
      id: g.ids[i],
      displayName: g.displayNames[i],
      cosmosRegionName: g.cosmosNames[i],
      appRegion: g.appRegions[i],
      appRoleNamePattern: g.rolePatterns[i],
      frontDoorOrigins: [g.origins[i]],
      computeResourceIds: [plan(i)],
      sqlDatabaseResourceIds: [db(i)],
    })),
    replication: [
      { ...demo.replication[0], source: g.ids[0], target: g.ids[1], lagSource: { kind: "canary", metricName: g.canaryMetric } },
      { ...demo.replication[1], source: g.ids[1], target: g.ids[0], lagSource: { kind: "canary", metricName: g.canaryMetric } },
      { ...demo.replication[2], source: g.ids[0], target: g.ids[1], lagSource: { kind: "sqlMetric", primaryDatabaseResourceId: db(0) } },
    ],
    splitBrain: { dependencyTypes: [g.dependencyType], names: g.writeNames, entityKey: g.entityKey },
  });
}

describe("every catalog query keeps its shape whatever the configuration's strings", () => {
  const baseline = catalogQueries(parseConfig(demo)).map((q) => ({ id: q.id, ...queryShape(q.kql) }));

  it("the demo's own queries parse cleanly", () => {
    expect(baseline.length).toBeGreaterThan(5);
    for (const q of baseline) expect(q.errors, q.id).toEqual([]);
  });

  it("for arbitrary region names, hosts, resource ids, dependency names, entity keys and metric names", () => {
    fc.assert(
      fc.property(configArb, (g) => {
        const queries = catalogQueries(buildConfig(g));
        expect(queries.length).toBe(baseline.length);
        queries.forEach((q, i) => {
          const got = queryShape(q.kql);
          expect(got.errors, q.id).toEqual([]);
          expect(got.shape, `${q.id}\n${q.kql}`).toEqual(baseline[i].shape);
        });
      }),
      { numRuns: 60 },
    );
  });
});
