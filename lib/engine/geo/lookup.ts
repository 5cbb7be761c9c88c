/**
 * `evaluate geo_polygon_lookup(...)` and `evaluate geo_line_lookup(...)` (their plugin pages):
 * each input row is paired with every lookup row whose polygon contains its point, or lies within
 * `radius` meters of it (for lines, always by radius). Output columns: the input's, then the lookup
 * table's (the key column only with return_lookup_key = true).
 * return_unmatched = true keeps input rows with no match, with nulls for the lookup columns.
 */
import type { Value } from "../../dataset/columns";
import { KqlRuntimeError, KqlUnsupportedError } from "../errors";
import { callArgs } from "../functions";
import type { KNode } from "../kusto";
import { compileScalar, type QueryContext } from "../scalar";
import { nameOf, nodes } from "../syntax";
import { findColumn, valuesColumn, type EColumn, type ETable } from "../table";
import { toBool, toNumber } from "../value-ops";
import { closestOnChains, pointArg, polygonContains } from "./distance";
import { readLines, readPolygons } from "./shape-read";
import { EARTH_RADIUS_M, type Vec } from "./sphere";

type Matcher = (key: Value) => ((x: Vec) => boolean) | null;

// lookup_area_radius only steers how candidates are searched (its successor join_hint "may improve
// or worsen the performance", the pages): every pair is tested here, so it has no effect.
const OPTIONAL = ["radius", "return_unmatched", "lookup_area_radius", "return_lookup_key"];

function polygonMatcher(radius: number | null): Matcher {
  return (key) => {
    const polygons = readPolygons(key);
    if (!polygons) return null;
    const rings = polygons.flatMap((p) => p.rings);
    return (x) => polygonContains(polygons, x) || (radius !== null && closestOnChains(x, rings).distance * EARTH_RADIUS_M <= radius);
  };
}

function lineMatcher(radius: number): Matcher {
  return (key) => {
    const lines = readLines(key);
    if (!lines) return null;
    const chains = lines.map((l) => l.points);
    return (x) => closestOnChains(x, chains).distance * EARTH_RADIUS_M <= radius;
  };
}

function lookupPlugin(name: "geo_polygon_lookup" | "geo_line_lookup") {
  return (call: KNode, input: ETable, ctx: QueryContext): ETable => {
    const args = callArgs(call);
    const positional = args.filter((a) => a.cls !== "SimpleNamedExpression");
    const named = new Map(args.filter((a) => a.cls === "SimpleNamedExpression").map((a) => [nameOf(nodes(a)[0]).toLowerCase(), nodes(a)[1]]));
    // The argument order of the language service this engine parses with (and of the reference
    // pages the examples come from): table, key, lng, lat, [radius, return_unmatched,
    // lookup_area_radius, return_lookup_key]. Today's pages put the key last and call the hint
    // join_hint; the analyzer rejects that form before it gets here.
    const [tableArg, keyArg, lngArg, latArg, ...rest] = positional;
    if (!tableArg || !keyArg || !lngArg || !latArg) throw new KqlRuntimeError(`${name}(): expects a lookup table, its key column, a longitude and a latitude`, call.pos);
    rest.forEach((a, k) => named.set(OPTIONAL[k], a));
    for (const k of named.keys()) if (!OPTIONAL.includes(k)) throw new KqlRuntimeError(`${name}(): unknown parameter ${k} (allowed: ${OPTIONAL.join(", ")})`, call.pos);
    const scope = { table: input, ctx };
    const constantOf = (key: string): Value => {
      const n = named.get(key);
      return n ? compileScalar(n, scope)(0) : null;
    };
    const radius = toNumber(constantOf("radius"));
    if (name === "geo_line_lookup" && (radius === null || radius < 0)) throw new KqlRuntimeError(`${name}(): radius must be a non-negative number of meters`, call.pos);
    if (radius !== null && radius < 0) throw new KqlRuntimeError(`${name}(): radius must be a non-negative number of meters`, call.pos);
    const unmatched = toBool(constantOf("return_unmatched")) === true;
    const withKey = toBool(constantOf("return_lookup_key")) === true;

    const lookup = ctx.evalTabular(tableArg);
    const keyName = nameOf(keyArg);
    const keyColumn = findColumn(lookup, keyName);
    if (!keyColumn) throw new KqlRuntimeError(`${name}(): the lookup table has no column ${keyName}`, call.pos);
    const matcher = name === "geo_polygon_lookup" ? polygonMatcher(radius) : lineMatcher(radius as number);
    const shapes = Array.from({ length: lookup.length }, (_, j) => matcher(keyColumn.view.get(j)));
    const extra = lookup.columns.filter((c) => withKey || c.name !== keyName);
    for (const c of extra) if (findColumn(input, c.name)) throw new KqlUnsupportedError(`${name}() with a lookup column named like an input column (${c.name})`, call.pos);

    const lng = compileScalar(lngArg, scope);
    const lat = compileScalar(latArg, scope);
    const left: number[] = [];
    const right: (number | null)[] = [];
    for (let i = 0; i < input.length; i++) {
      const x = pointArg(lng, lat, i);
      let any = false;
      if (x)
        shapes.forEach((match, j) => {
          if (match?.(x)) {
            left.push(i);
            right.push(j);
            any = true;
          }
        });
      if (!any && unmatched) {
        left.push(i);
        right.push(null);
      }
    }
    const columns: EColumn[] = [
      ...input.columns.map((c) => valuesColumn(c.name, c.type, left.map((i) => c.view.get(i)))),
      ...extra.map((c) => valuesColumn(c.name, c.type, right.map((j) => (j === null ? null : c.view.get(j))))),
    ];
    return { length: left.length, columns };
  };
}

export const GEO_LOOKUP_PLUGINS: Record<string, (call: KNode, input: ETable, ctx: QueryContext) => ETable> = {
  geo_polygon_lookup: lookupPlugin("geo_polygon_lookup"),
  geo_line_lookup: lookupPlugin("geo_line_lookup"),
};
