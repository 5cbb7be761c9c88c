import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (expr: string) => run(`print v = ${expr}`).rows[0][0];
const R = 6371010;
const square = (x: number, y: number, s: number) => `[[${x},${y}],[${x + s},${y}],[${x + s},${y + s}],[${x},${y + s}],[${x},${y}]]`;
const octant = '{"type":"Polygon","coordinates":[[[0,0],[90,0],[0,90],[0,0]]]}';

describe("geo distances and directions (sphere of radius 6371010 m)", () => {
  it("measures a quarter meridian and a quarter of the equator as π/2·R", () => {
    expect(one("geo_distance_2points(0, 0, 0, 90)")).toBeCloseTo((Math.PI / 2) * R, 6);
    expect(one("geo_distance_2points(0, 0, 90, 0)")).toBeCloseTo((Math.PI / 2) * R, 6);
  });

  it("gives null for coordinates out of range or missing", () => {
    expect(one("geo_distance_2points(0, 91, 0, 0)")).toBeNull();
    expect(one("geo_distance_2points(real(null), 0, 0, 0)")).toBeNull();
    expect(one("geo_point_in_circle(0, 0, 0, 0, -5)")).toBeNull();
  });

  it("includes the circle's boundary and excludes points just beyond it", () => {
    const d = (1 / 180) * Math.PI * R; // one degree along the equator
    expect(one(`geo_point_in_circle(1, 0, 0, 0, ${d + 0.001})`)).toBe(true);
    expect(one(`geo_point_in_circle(1, 0, 0, 0, ${d - 0.001})`)).toBe(false);
  });

  it("gives azimuths clockwise from north and null between equal points", () => {
    expect(one("geo_azimuth(0, 0, 1, 0)")).toBeCloseTo(Math.PI / 2, 12);
    expect(one("geo_azimuth(0, 0, 0, 1)")).toBeCloseTo(0, 12);
    expect(one("geo_azimuth(0, 0, -1, 0)")).toBeCloseTo((3 * Math.PI) / 2, 12);
    expect(one("geo_azimuth(3, 4, 3, 4)")).toBeNull();
  });

  it("measures the distance from a point to a line's interior, not only its vertices", () => {
    const line = 'dynamic({"type":"LineString","coordinates":[[-1,0],[1,0]]})';
    expect(one(`geo_distance_point_to_line(0, 1, ${line})`)).toBeCloseTo((Math.PI / 180) * R, 3);
    expect(one(`geo_distance_point_to_line(0, 1, dynamic({"type":"LineString","coordinates":[[0,0]]}))`)).toBeNull();
  });
});

describe("geo polygons", () => {
  it("takes the smaller region whatever the winding order", () => {
    const ccw = `dynamic({"type":"Polygon","coordinates":[${square(0, 0, 2)}]})`;
    const cw = `dynamic({"type":"Polygon","coordinates":[[[0,0],[0,2],[2,2],[2,0],[0,0]]]})`;
    expect(one(`geo_point_in_polygon(1, 1, ${ccw})`)).toBe(true);
    expect(one(`geo_point_in_polygon(1, 1, ${cw})`)).toBe(true);
    expect(one(`geo_point_in_polygon(5, 5, ${cw})`)).toBe(false);
    expect(one(`geo_polygon_area(${cw})`)).toBeCloseTo(one(`geo_polygon_area(${ccw})`) as number, 6);
  });

  it("does not take a point at the polygon's antipode for a point inside it", () => {
    const park = `dynamic({"type":"Polygon","coordinates":[[[-73.9495,40.7969],[-73.95807266235352,40.80068603561921],[-73.98201942443848,40.76825672305777],[-73.97317886352539,40.76455136505513],[-73.9495,40.7969]]]})`;
    expect(one(`geo_point_in_polygon(-73.965, 40.782, ${park})`)).toBe(true);
    expect(one(`geo_point_in_polygon(106.035, -40.782, ${park})`)).toBe(false);
    expect(one(`geo_distance_point_to_polygon(106.035, -40.782, ${park})`) as number).toBeGreaterThan(19e6);
  });

  it("excludes holes", () => {
    const holed = `dynamic({"type":"Polygon","coordinates":[${square(0, 0, 4)},${square(1, 1, 2)}]})`;
    expect(one(`geo_point_in_polygon(2, 2, ${holed})`)).toBe(false);
    expect(one(`geo_point_in_polygon(0.5, 0.5, ${holed})`)).toBe(true);
    expect(one(`geo_distance_point_to_polygon(0.5, 0.5, ${holed})`)).toBe(0);
  });

  it("gives the octant triangle an eighth of the sphere and three quarter-circles of perimeter", () => {
    expect(one(`geo_polygon_area(dynamic(${octant}))`) as number).toBeCloseTo((4 * Math.PI * R * R) / 8, -1);
    expect(one(`geo_polygon_perimeter(dynamic(${octant}))`) as number).toBeCloseTo(3 * (Math.PI / 2) * R, 3);
  });

  it("measures a MultiPolygon as the union of its parts", () => {
    const a = `dynamic({"type":"Polygon","coordinates":[${square(0, 0, 1)}]})`;
    const b = `dynamic({"type":"Polygon","coordinates":[${square(5, 5, 1)}]})`;
    const big = `dynamic({"type":"Polygon","coordinates":[${square(-1, -1, 3)}]})`;
    const [areaA, areaB, areaBig] = [a, b, big].map((p) => one(`geo_polygon_area(${p})`) as number);
    expect(one(`geo_polygon_area(dynamic({"type":"MultiPolygon","coordinates":[[${square(0, 0, 1)}],[${square(5, 5, 1)}]]}))`)).toBeCloseTo(areaA + areaB, 3);
    // A part inside another adds nothing to the area or the perimeter.
    const nested = `dynamic({"type":"MultiPolygon","coordinates":[[${square(-1, -1, 3)}],[${square(0, 0, 1)}]]})`;
    expect(one(`geo_polygon_area(${nested})`)).toBeCloseTo(areaBig, 3);
    expect(one(`geo_polygon_perimeter(${nested})`)).toBeCloseTo(one(`geo_polygon_perimeter(${big})`) as number, 6);
  });

  it("gives null for a ring that is not closed or has fewer than three distinct vertices", () => {
    expect(one(`geo_polygon_area(dynamic({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}))`)).toBeNull();
    expect(one(`geo_polygon_area(dynamic({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,1],[0,0]]]}))`)).toBeNull();
    expect(one(`geo_point_in_polygon(0, 0, dynamic({"type":"Point","coordinates":[0,0]}))`)).toBeNull();
  });
});

describe("geo lines", () => {
  it("measures lines along geodesics and interpolates by length", () => {
    expect(one(`geo_line_length(dynamic({"type":"LineString","coordinates":[[0,0],[10,0],[10,10]]}))`)).toBeCloseTo((20 / 180) * Math.PI * R, 3);
    const p = one(`geo_line_interpolate_point(dynamic({"type":"LineString","coordinates":[[0,0],[10,0]]}), 0.5)`) as { coordinates: number[] };
    expect(p.coordinates[0]).toBeCloseTo(5, 12);
    expect(p.coordinates[1]).toBeCloseTo(0, 12);
    expect(one(`geo_line_interpolate_point(dynamic({"type":"LineString","coordinates":[[0,0],[10,0]]}), 1.5)`)).toBeNull();
    expect(one(`geo_line_locate_point(dynamic({"type":"LineString","coordinates":[[0,0],[10,0]]}), 2.5, 1)`)).toBeCloseTo(0.25, 9);
  });

  it("counts touching lines as intersecting, and refuses an intersection it cannot assemble as Kusto does", () => {
    const l1 = 'dynamic({"type":"LineString","coordinates":[[0,0],[1,1]]})';
    const l2 = 'dynamic({"type":"LineString","coordinates":[[1,1],[2,0]]})';
    const l3 = 'dynamic({"type":"LineString","coordinates":[[0,1],[1,2]]})';
    expect(one(`geo_intersects_2lines(${l1}, ${l2})`)).toBe(true);
    expect(one(`geo_intersects_2lines(${l1}, ${l3})`)).toBe(false);
    expect(() => one(`geo_intersection_2lines(${l1}, ${l2})`)).toThrow(KqlUnsupportedError);
  });

  it("densifies with the documented tolerance range and keeps the input's shape type", () => {
    const line = 'dynamic({"type":"LineString","coordinates":[[50,50],[51,51]]})';
    expect(one(`geo_line_densify(${line}, 0.05)`)).toBeNull();
    expect(one(`geo_line_densify(${line}, 20000)`)).toBeNull();
    // A meridian edge is already a geodesic: nothing is added.
    expect(one(`geo_line_densify(dynamic({"type":"LineString","coordinates":[[10,0],[10,20]]}))`)).toEqual({ type: "LineString", coordinates: [[10, 0], [10, 20]] });
    const multi = one(`geo_line_densify(dynamic({"type":"MultiLineString","coordinates":[[[10,0],[10,1]]]}))`) as { type: string };
    expect(multi.type).toBe("MultiLineString");
  });
});

describe("geo_from_wkt", () => {
  it("reads both MULTIPOINT forms and rejects bad text or coordinates with null", () => {
    expect(one(`geo_from_wkt("MULTIPOINT ((1 1), (2 2))")`)).toEqual({ type: "MultiPoint", coordinates: [[1, 1], [2, 2]] });
    expect(one(`geo_from_wkt("POINT (1 100)")`)).toBeNull();
    expect(one(`geo_from_wkt("POLYGON ((0 0, 1 0, 1 1, 0 1))")`)).toBeNull();
    expect(one(`geo_from_wkt("POINT (1 2) trailing")`)).toBeNull();
  });

  it("refuses Z coordinates and EMPTY shapes rather than guessing", () => {
    expect(() => one(`geo_from_wkt("POINT Z (1 2 3)")`)).toThrow(KqlUnsupportedError);
    expect(() => one(`geo_from_wkt("POINT EMPTY")`)).toThrow(KqlUnsupportedError);
  });
});

describe("geo lookup plugins and refusals", () => {
  const tables = `let shapes = datatable(name:string, shape:dynamic)[ "sq", dynamic({"type":"Polygon","coordinates":[${square(0, 0, 1)}]}) ];
    let points = datatable(id:long, lng:real, lat:real)[ 1, 0.5, 0.5, 2, 1.001, 0.5, 3, 9, 9 ];`;

  it("matches by containment, or within the radius of the border", () => {
    expect(run(`${tables} points | evaluate geo_polygon_lookup(shapes, shape, lng, lat) | project id, name`).rows).toEqual([[1, "sq"]]);
    const near = run(`${tables} points | evaluate geo_polygon_lookup(shapes, shape, lng, lat, 200, return_unmatched = true) | project id, name`).rows;
    expect(near).toEqual([
      [1, "sq"],
      [2, "sq"],
      // A Kusto string is never null: the unmatched row's name is "".
      [3, ""],
    ]);
  });

  it("accepts the lookup_area_radius search hint and rejects unknown parameters", () => {
    expect(run(`${tables} points | evaluate geo_polygon_lookup(shapes, shape, lng, lat, lookup_area_radius = 1000) | project id`).rows).toEqual([[1]]);
    expect(() => run(`${tables} points | evaluate geo_polygon_lookup(shapes, shape, lng, lat, bogus = 1)`)).toThrow(/unknown parameter bogus|bogus/);
  });

  it("refuses a buffer it cannot reproduce by the function's name, and gives null for invalid input", () => {
    expect(() => run("print a = geo_point_buffer(0, 0, 10)")).toThrow(/geo_point_buffer\(\) of a valid point/);
    expect(one("geo_line_simplify(dynamic(null), 10)")).toBeNull();
  });
});

describe("geo overlays (S2's vertex order)", () => {
  const poly = (ring: string) => `dynamic({"type":"Polygon","coordinates":[${ring}]})`;
  const area = (expr: string) => one(`geo_polygon_area(${expr})`) as number;

  it("keeps inclusion-exclusion between union, intersection and the parts' areas", () => {
    const a = poly(square(0, 0, 2));
    const b = poly(square(1, 1, 2));
    const union = `geo_union_polygons_array(pack_array(${a}, ${b}))`;
    const inter = `geo_intersection_2polygons(${a}, ${b})`;
    expect(area(union)).toBeCloseTo(area(a) + area(b) - area(inter), 0);
    expect((one(inter) as { type: string }).type).toBe("Polygon");
  });

  it("gives the contained polygon as the intersection, starting where its own ring starts", () => {
    const inner = poly(square(1, 1, 1));
    const got = one(`geo_intersection_2polygons(${poly(square(0, 0, 4))}, ${inner})`) as { coordinates: number[][][] };
    const expected = [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]];
    got.coordinates[0].forEach((p, k) => {
      expect(p[0]).toBeCloseTo(expected[k][0], 12);
      expect(p[1]).toBeCloseTo(expected[k][1], 12);
    });
  });

  it("unites disjoint polygons into a MultiPolygon and gives null for an invalid member", () => {
    const u = one(`geo_union_polygons_array(pack_array(${poly(square(0, 0, 1))}, ${poly(square(5, 5, 1))}))`) as { type: string; coordinates: unknown[] };
    expect(u.type).toBe("MultiPolygon");
    expect(u.coordinates).toHaveLength(2);
    expect(one(`geo_union_polygons_array(pack_array(${poly(square(0, 0, 1))}, dynamic({"type":"Polygon"})))`)).toBeNull();
    expect(one(`geo_intersection_2polygons(${poly(square(0, 0, 1))}, ${poly(square(5, 5, 1))})`)).toEqual({ type: "GeometryCollection", geometries: [] });
  });

  it("unites cells sharing whole edges (the shared edge goes, its end vertices stay), keeps corner-only contact as two loops", () => {
    const u = one(`geo_union_polygons_array(pack_array(${poly(square(0, 0, 1))}, ${poly(square(1, 0, 1))}))`) as { type: string; coordinates: number[][][] };
    expect(u.type).toBe("Polygon");
    const vertices = u.coordinates[0].slice(0, -1).map(([x, y]) => `${Math.round(x * 1e9) / 1e9},${Math.round(y * 1e9) / 1e9}`).sort();
    expect(vertices).toEqual(["0,0", "0,1", "1,0", "1,1", "2,0", "2,1"]);
    expect(area(`dynamic(${JSON.stringify(u)})`)).toBeCloseTo(2 * area(poly(square(0, 0, 1))), -1);
    // S2 (libs2 0.10, S2Polygon::DestructiveUnion) splits the pinched boundary into the two squares, in input order.
    const corner = one(`geo_union_polygons_array(pack_array(${poly(square(1, 1, 1))}, ${poly(square(0, 0, 1))}))`) as { type: string; coordinates: number[][][][] };
    expect(corner.type).toBe("MultiPolygon");
    const want = [
      [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]],
      [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
    ];
    corner.coordinates.forEach((p, k) => p[0].forEach(([x, y], i) => expect([x, y].map((c) => Math.round(c * 1e9) / 1e9)).toEqual(want[k][i])));
    // Eight cells round an empty one: the union has a hole touching the shell, refused.
    const ring8 = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j])).filter(([i, j]) => i !== 1 || j !== 1);
    expect(() => one(`geo_union_polygons_array(pack_array(${ring8.map(([i, j]) => poly(square(i, j, 1))).join(", ")}))`)).toThrow(/has a hole/);
  });

  it("refuses what S2 would assemble differently: holes, results with holes", () => {
    const holed = `dynamic({"type":"Polygon","coordinates":[${square(0, 0, 4)},${square(1, 1, 2)}]})`;
    expect(() => one(`geo_intersection_2polygons(${holed}, ${poly(square(0, 0, 1))})`)).toThrow(KqlUnsupportedError);
    // Four bars around an empty middle: their union has a hole.
    const rect = (x0: number, y0: number, x1: number, y1: number) => poly(`[[${x0},${y0}],[${x1},${y0}],[${x1},${y1}],[${x0},${y1}],[${x0},${y0}]]`);
    const bars = [rect(-0.5, 0, 3.5, 1), rect(-0.5, 2, 3.5, 3), rect(0, -0.5, 1, 3.5), rect(2, -0.5, 3, 3.5)];
    expect(() => one(`geo_union_polygons_array(pack_array(${bars.join(", ")}))`)).toThrow(/result has a hole/);
  });

  it("clips a line to a polygon, and refuses a line that only touches the boundary", () => {
    const sq = poly(square(0, 0, 2));
    const through = one(`geo_intersection_line_with_polygon(dynamic({"type":"LineString","coordinates":[[-1,1],[1,1]]}), ${sq})`) as { type: string; coordinates: number[][] };
    expect(through.type).toBe("LineString");
    expect(through.coordinates[0][0]).toBeCloseTo(0, 9);
    expect(through.coordinates[1][0]).toBeCloseTo(1, 12);
    expect(through.coordinates[1][1]).toBeCloseTo(1, 12);
    expect(() => one(`geo_intersection_line_with_polygon(dynamic({"type":"LineString","coordinates":[[-1,-1],[0,0]]}), ${sq})`)).toThrow(KqlUnsupportedError);
  });

  it("chains the union of lines through shared vertices and keeps a repeated edge once", () => {
    const l = (c: string) => `dynamic({"type":"LineString","coordinates":${c}})`;
    expect(one(`geo_union_lines_array(pack_array(${l("[[0,0],[1,0]]")}, ${l("[[1,0],[2,0],[3,0]]")}, ${l("[[1,0],[2,0]]")}))`)).toEqual({ type: "LineString", coordinates: [[0, 0], [1, 0], [2, 0], [3, 0]] });
    expect(one(`geo_union_lines_array(pack_array(${l("[[0,0],[1,0]]")}, ${l("[[5,5],[6,6]]")}))`)).toEqual({ type: "MultiLineString", coordinates: [[[0, 0], [1, 0]], [[5, 5], [6, 6]]] });
    expect(() => one(`geo_union_lines_array(pack_array(${l("[[0,0],[2,2]]")}, ${l("[[0,2],[2,0]]")}))`)).toThrow(KqlUnsupportedError);
  });
});
