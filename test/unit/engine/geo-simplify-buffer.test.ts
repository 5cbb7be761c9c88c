import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (expr: string) => run(`print v = ${expr}`).rows[0][0];
const R = 6371010;
const line = (coords: number[][]) => `dynamic(${JSON.stringify({ type: "LineString", coordinates: coords })})`;
const polygon = (ring: number[][]) => `dynamic(${JSON.stringify({ type: "Polygon", coordinates: [ring] })})`;
// Two points on the equator `m` meters apart.
const equatorLine = (m: number) => line([[0, 0], [(m / R) * (180 / Math.PI), 0]]);

describe("geo_line_simplify", () => {
  it("gives null for an invalid line or tolerance", () => {
    expect(one(`geo_line_simplify(${line([[1, 1]])})`)).toBeNull();
    expect(one("geo_line_simplify(dynamic(null), 10)")).toBeNull();
    expect(one(`geo_line_simplify(${line([[0, 0], [200, 0]])}, 10)`)).toBeNull();
    expect(one(`geo_line_simplify(${equatorLine(5)}, -1)`)).toBeNull();
    expect(one(`geo_line_simplify(${equatorLine(5)}, real(null))`)).toBeNull();
    expect(one(`geo_line_simplify(${equatorLine(5)}, 7900000)`)).toBeNull();
  });

  it("gives null when the tolerance snaps every vertex to one (the shape disappears)", () => {
    expect(one(`geo_line_simplify(${line([[1.1, 1.1], [1.2, 1.2]])}, 100000)`)).toBeNull();
    // The default tolerance is 10 m.
    expect(one(`geo_line_simplify(${equatorLine(9)})`)).toBeNull();
    const multi = `dynamic({"type":"MultiLineString","coordinates":[[[0,0],[0,0.00002]],[[0.00002,0],[0.00002,0.00002]]]})`;
    expect(one(`geo_line_simplify(${multi}, 10)`)).toBeNull();
  });

  it("decides a collapse only clear of the snap radius, and refuses the rest by name", () => {
    expect(one(`geo_line_simplify(${equatorLine(1000)}, ${1000 * (1 + 1e-6)})`)).toBeNull();
    expect(() => one(`geo_line_simplify(${equatorLine(1000)}, ${1000 * (1 - 1e-6)})`)).toThrow(/geo_line_simplify\(\) of a line that the tolerance does not collapse/);
    expect(() => one(`geo_line_simplify(${equatorLine(1000)}, 1000)`)).toThrow(KqlUnsupportedError);
    expect(() => one(`geo_line_simplify(${equatorLine(5)}, 0)`)).toThrow(KqlUnsupportedError);
    // A line whose vertices are close but one far away does not collapse.
    expect(() => one(`geo_line_simplify(${line([[0, 0], [0, 0.00001], [0, 1]])}, 10)`)).toThrow(KqlUnsupportedError);
  });

  it("refuses a tolerance between S2's 70-degree snap limit and the page's ~7,800,000 m", () => {
    expect(() => one(`geo_line_simplify(${equatorLine(5)}, 7790000)`)).toThrow(/maximum snap radius/);
    expect(one(`geo_line_simplify(${equatorLine(5)}, 7783000)`)).toBeNull();
  });

  it("measures on the sphere across the antimeridian and near a pole", () => {
    // 0.02 degrees of longitude on the equator, across ±180: 2.2 km.
    expect(one(`geo_line_simplify(${line([[179.99, 0], [-179.99, 0]])}, 3000)`)).toBeNull();
    expect(() => one(`geo_line_simplify(${line([[179.99, 0], [-179.99, 0]])}, 2000)`)).toThrow(KqlUnsupportedError);
    // Opposite meridians 0.01 degree from the pole: 2.2 km apart, not 180 degrees of longitude.
    expect(one(`geo_line_simplify(${line([[0, 89.99], [180, 89.99]])}, 3000)`)).toBeNull();
  });
});

describe("geo_polygon_simplify", () => {
  const small = [[0, 0], [0.001, 0], [0.001, 0.001], [0, 0.001], [0, 0]]; // ~157 m across its diagonal

  it("gives null for an invalid polygon or a tolerance outside [0.1, 10000] m", () => {
    expect(one(`geo_polygon_simplify(${polygon([[5, 48], [5, 48]])})`)).toBeNull();
    expect(one(`geo_polygon_simplify(${polygon(small)}, 0.05)`)).toBeNull();
    expect(one(`geo_polygon_simplify(${polygon(small)}, 10001)`)).toBeNull();
    expect(one(`geo_polygon_simplify(${polygon(small)}, -0.1)`)).toBeNull();
    expect(one(`geo_polygon_simplify(dynamic({"type":"Polygon"}), 10)`)).toBeNull();
  });

  it("gives null when the polygon collapses, refuses a polygon that survives", () => {
    expect(one(`geo_polygon_simplify(${polygon(small)}, 200)`)).toBeNull();
    expect(() => one(`geo_polygon_simplify(${polygon(small)}, 100)`)).toThrow(/geo_polygon_simplify\(\) of a polygon/);
    expect(() => one(`geo_polygon_simplify(${polygon(small)})`)).toThrow(KqlUnsupportedError);
    // A ring around the north pole, 1.1 km from it.
    const polar = [[0, 89.99], [120, 89.99], [-120, 89.99], [0, 89.99]];
    expect(one(`geo_polygon_simplify(${polygon(polar)}, 5000)`)).toBeNull();
    expect(() => one(`geo_polygon_simplify(${polygon(polar)}, 1000)`)).toThrow(KqlUnsupportedError);
  });

  it("counts holes and every polygon of a MultiPolygon", () => {
    const withHole = `dynamic({"type":"Polygon","coordinates":[${JSON.stringify(small)},[[0.0004,0.0004],[0.0004,0.0006],[0.0006,0.0006],[0.0006,0.0004],[0.0004,0.0004]]]})`;
    expect(one(`geo_polygon_simplify(${withHole}, 200)`)).toBeNull();
    const far = `dynamic({"type":"MultiPolygon","coordinates":[[${JSON.stringify(small)}],[[[1,1],[1.001,1],[1.001,1.001],[1,1]]]]})`;
    expect(() => one(`geo_polygon_simplify(${far}, 200)`)).toThrow(KqlUnsupportedError);
  });
});

describe("geo_simplify_polygons_array", () => {
  const a = polygon([[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]);
  const b = polygon([[0.001, 0], [0.002, 0], [0.002, 0.001], [0.001, 0]]);

  it("gives null for a non-array, an invalid member or an invalid tolerance", () => {
    expect(one(`geo_simplify_polygons_array(dynamic(null), 1000)`)).toBeNull();
    expect(one(`geo_simplify_polygons_array(pack_array(${a}, dynamic({"type":"Polygon","coordinates":[[[1,1]]]})), 1000)`)).toBeNull();
    expect(one(`geo_simplify_polygons_array(pack_array(${a}, dynamic(null)), 1000)`)).toBeNull();
    expect(one(`geo_simplify_polygons_array(pack_array(${a}, ${b}), -1)`)).toBeNull();
    expect(one(`geo_simplify_polygons_array(pack_array(${a}, ${b}), 8000000)`)).toBeNull();
  });

  it("gives null when all the polygons collapse together, and for an empty array", () => {
    expect(one(`geo_simplify_polygons_array(pack_array(${a}, ${b}), 1000)`)).toBeNull();
    expect(one("geo_simplify_polygons_array(dynamic([]), 10)")).toBeNull();
    expect(() => one(`geo_simplify_polygons_array(pack_array(${a}, ${b}), 100)`)).toThrow(/geo_simplify_polygons_array\(\) of polygons/);
  });
});

describe("geo buffers", () => {
  it("give null for an invalid point, shape, radius or tolerance", () => {
    expect(one("geo_point_buffer(200, 1, 0.1)")).toBeNull();
    expect(one("geo_point_buffer(10, 91, 100)")).toBeNull();
    expect(one("geo_point_buffer(real(null), 1, 100)")).toBeNull();
    expect(one("geo_point_buffer(10, 10, -1)")).toBeNull();
    expect(one("geo_point_buffer(10, 10, 0)")).toBeNull();
    expect(one("geo_point_buffer(10, 10, real(null))")).toBeNull();
    // Tolerance below 0.0001 % of the radius.
    expect(one("geo_point_buffer(10, 10, 1000000, 0.5)")).toBeNull();
    expect(one("geo_point_buffer(10, 10, 100, 0)")).toBeNull();
    expect(one(`geo_line_buffer(dynamic({"type":"LineString"}), 5)`)).toBeNull();
    expect(one(`geo_line_buffer(${line([[0, 0], [1, 1]])}, 0)`)).toBeNull();
    expect(one(`geo_polygon_buffer(dynamic({"type":"p"}), 1)`)).toBeNull();
    expect(one(`geo_polygon_buffer(${polygon([[10, 10], [0, 10], [0, 0], [10, 10]])}, 0)`)).toBeNull();
  });

  it("refuse a valid buffer by the function's name, whatever the tolerance", () => {
    expect(() => one("geo_point_buffer(10, 10, 100)")).toThrow(/geo_point_buffer\(\) of a valid point/);
    // A tolerance above the radius is lowered by Kusto, not invalid.
    expect(() => one("geo_point_buffer(10, 10, 100, 500)")).toThrow(KqlUnsupportedError);
    expect(() => one("geo_point_buffer(10, 10, 1000000, 1)")).toThrow(KqlUnsupportedError);
    expect(() => one(`geo_line_buffer(${line([[0, 0], [1, 1]])}, 5)`)).toThrow(/geo_line_buffer\(\) of a valid line/);
    expect(() => one(`geo_polygon_buffer(${polygon([[0, 0], [1, 0], [1, 1], [0, 0]])}, 5)`)).toThrow(/geo_polygon_buffer\(\) of a valid polygon/);
  });

  it("are no longer refused before running: a table without rows gives no rows", () => {
    const q = "datatable(lng:real, lat:real)[] | extend b = geo_point_buffer(lng, lat, 100), s = geo_line_simplify(dynamic(null), 10)";
    expect(run(q).rows).toEqual([]);
  });
});
