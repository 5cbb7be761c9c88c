import * as h3 from "h3-js";
import { s2 } from "s2js";
import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlUnsupportedError, runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];

const triangle = `dynamic({"type":"Polygon","coordinates":[[[0,0],[0,50],[100,50],[0,0]]]})`;
const newYork = `dynamic({"type":"Polygon","coordinates":[[[-73.85,40.857],[-74.16,40.843],[-74.19,40.599],[-73.83,40.618],[-73.85,40.857]]]})`;

describe("geohash functions", () => {
  it("encodes and decodes cells: the cell of a point contains it, its center is the box's middle", () => {
    const [hash, short, box, center] = one(`print h = geo_point_to_geohash(-122.3, 47.6, 7), s = geo_point_to_geohash(-122.3, 47.6), p = geo_geohash_to_polygon(geo_point_to_geohash(-122.3, 47.6, 7)), c = geo_geohash_to_central_point(geo_point_to_geohash(-122.3, 47.6, 7))`);
    expect(short).toBe("c23nb"); // the default accuracy is 5 characters
    expect(hash).toMatch(/^c23nb[0-9b-hjkmnp-z]{2}$/);
    const ring = (box as { coordinates: number[][][] }).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    const [[minLng, minLat], , [maxLng, maxLat]] = ring;
    expect(minLng).toBeLessThanOrEqual(-122.3);
    expect(maxLng).toBeGreaterThan(-122.3);
    expect(minLat).toBeLessThanOrEqual(47.6);
    expect(maxLat).toBeGreaterThan(47.6);
    expect((center as { coordinates: number[] }).coordinates).toEqual([(minLng + maxLng) / 2, (minLat + maxLat) / 2]);
  });

  it("gives empty results for invalid points, accuracies and geohashes", () => {
    expect(one(`print geo_point_to_geohash(1, 91), geo_point_to_geohash(1, 1, 0), geo_point_to_geohash(1, 1, 19), geo_point_to_geohash(real(null), 1)`)).toEqual(["", "", "", ""]);
    expect(one(`print geo_geohash_to_polygon(""), geo_geohash_to_polygon("sunnya"), geo_geohash_to_central_point("0123456789012345678"), geo_geohash_neighbors('')`)).toEqual([null, null, null, null]);
  });

  it("wraps neighbors across the antimeridian and has none beyond a pole", () => {
    const [east, north] = one(`print geo_geohash_neighbors('zzzz'), geo_geohash_neighbors('b')`) as string[][];
    expect(east).toHaveLength(5);
    expect(east.some((h) => h.startsWith("b"))).toBe(true); // across lng 180 is lng -180
    expect(north).toHaveLength(5);
  });
});

describe("H3 functions", () => {
  it("match h3-js, the H3 reference library, for a point's cell, boundary and center", () => {
    const [cell, poly, center] = one(`print c = geo_point_to_h3cell(2.35, 48.85, 9), p = geo_h3cell_to_polygon(geo_point_to_h3cell(2.35, 48.85, 9)), m = geo_h3cell_to_central_point(geo_point_to_h3cell(2.35, 48.85, 9))`);
    expect(cell).toBe(h3.latLngToCell(48.85, 2.35, 9));
    expect(poly).toEqual({ type: "Polygon", coordinates: [h3.cellToBoundary(cell as string, true)] });
    const [lat, lng] = h3.cellToLatLng(cell as string);
    expect(center).toEqual({ type: "Point", coordinates: [lng, lat] });
  });

  it("gives a pentagon five neighbors and six children", () => {
    const [neighbors, children, rings] = one(`print geo_h3cell_neighbors('8009fffffffffff'), array_length(geo_h3cell_children('8009fffffffffff')), geo_h3cell_rings('8009fffffffffff', 0)`);
    expect(neighbors).toHaveLength(5);
    expect(children).toBe(6);
    expect(rings).toEqual([["8009fffffffffff"]]);
  });

  it("answers parent/children resolutions outside the documented ranges with empty results", () => {
    // parent: resolution in [0, 14] and at most the cell's; a resolution-0 cell has no immediate parent.
    expect(one(`print geo_h3cell_parent('862a1072fffffff', 6), geo_h3cell_parent('862a1072fffffff', 7), geo_h3cell_parent('8009fffffffffff'), geo_h3cell_parent('862a1072fffffff', int(null))`)).toEqual(["862a1072fffffff", "", "", ""]);
    // children: at most 5 levels below the cell (7^5 = 16807 cells), never above it.
    expect(one(`print array_length(geo_h3cell_children('862a1072fffffff', 11)), isnull(geo_h3cell_children('862a1072fffffff', 12)), isnull(geo_h3cell_children('862a1072fffffff', 5))`)).toEqual([16807, true, true]);
    expect(one(`print isnull(geo_h3cell_rings('862a1072fffffff', -1)), isnull(geo_h3cell_rings('862a1072fffffff', 143)), geo_h3cell_level('862a1072fffffff'), isnull(geo_h3cell_level('862a1072ffffff'))`)).toEqual([true, true, 6, true]);
  });

  it("fills polygons and multipolygons by cell centers, and answers null past the token limit", () => {
    const [cells, multi, tooMany, holed] = one(`let p = ${newYork}; let m = dynamic({"type":"MultiPolygon","coordinates":[${newYork.slice(40, -2)}, [[[2.2,48.8],[2.5,48.8],[2.5,48.9],[2.2,48.9],[2.2,48.8]]]]});
      print geo_polygon_to_h3cells(p, 7), array_length(geo_polygon_to_h3cells(m, 7)), isnull(geo_polygon_to_h3cells(${triangle}, 7)),
        array_length(geo_polygon_to_h3cells(dynamic({"type":"Polygon","coordinates":[[[-10,-10],[10,-10],[10,10],[-10,10],[-10,-10]],[[-5,-5],[-5,5],[5,5],[5,-5],[-5,-5]]]}), 3))`) as [string[], number, boolean, number];
    const ny = [[[-73.85, 40.857], [-74.16, 40.843], [-74.19, 40.599], [-73.83, 40.618], [-73.85, 40.857]]];
    expect(cells.sort()).toEqual(h3.polygonToCells(ny, 7, true).sort());
    const paris = h3.polygonToCells([[[2.2, 48.8], [2.5, 48.8], [2.5, 48.9], [2.2, 48.9], [2.2, 48.8]]], 7, true);
    expect(multi).toBe(cells.length + paris.length);
    expect(tooMany).toBe(true);
    const square = [[[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]], [[-5, -5], [-5, 5], [5, 5], [5, -5], [-5, -5]]];
    expect(holed).toBe(h3.polygonToCells(square, 3, true).length);
  });

  it("answers null for shapes that are no polygon", () => {
    expect(one(`print isnull(geo_polygon_to_h3cells(dynamic({"type":"LineString","coordinates":[[0,0],[1,1]]}))), isnull(geo_polygon_to_h3cells(dynamic({"type":"Polygon","coordinates":[[[0,0],[1,1],[0,1]]]}))), isnull(geo_polygon_to_h3cells(dynamic({"type":"Polygon","coordinates":[[[0,0],[200,1],[0,1],[0,0]]]})))`)).toEqual([true, true, true]);
  });
});

describe("S2 functions", () => {
  it("match s2js (Google's S2, ported) for a point's token, cell vertices and center", () => {
    const [token, poly, center] = one(`print t = geo_point_to_s2cell(2.35, 48.85, 13), p = geo_s2cell_to_polygon(geo_point_to_s2cell(2.35, 48.85, 13)), c = geo_s2cell_to_central_point(geo_point_to_s2cell(2.35, 48.85, 13))`);
    const id = s2.cellid.parent(s2.cellid.fromLatLng(s2.LatLng.fromDegrees(48.85, 2.35)), 13);
    expect(token).toBe(s2.cellid.toToken(id));
    const cell = s2.Cell.fromCellID(id);
    const deg = (p: s2.Point) => {
      const ll = s2.LatLng.fromPoint(p);
      return [ll.lng * (180 / Math.PI), ll.lat * (180 / Math.PI)]; // S1Angle::degrees()
    };
    const ring = [0, 1, 2, 3, 0].map((k) => deg(cell.vertex(k)));
    expect(poly).toEqual({ type: "Polygon", coordinates: [ring] });
    expect(center).toEqual({ type: "Point", coordinates: deg(s2.cellid.point(id)) });
  });

  it("gives 8 neighbors, 7 at a cube corner, all of the cell's level and touching it", () => {
    const [inner, corner] = one(`print geo_s2cell_neighbors('89c259'), geo_s2cell_neighbors('04')`) as string[][];
    expect(inner).toHaveLength(8);
    expect(corner).toHaveLength(7);
    const id = s2.cellid.fromToken("89c259");
    expect([...inner].sort()).toEqual(s2.cellid.allNeighbors(id, 10).map(s2.cellid.toToken).sort());
  });

  it("covers polygons and lines with exactly the cells S2's RegionCoverer gives at one level", () => {
    const [poly, line] = one(`print geo_polygon_to_s2cells(${newYork}, 12), geo_line_to_s2cells(dynamic({"type":"LineString","coordinates":[[-0.14,51.50],[-0.08,51.51],[-0.05,51.49]]}), 15)`) as string[][];
    const coverer = new s2.RegionCoverer({ minLevel: 12, maxLevel: 12, maxCells: 65536 });
    const nyLoop = [[-73.85, 40.857], [-74.16, 40.843], [-74.19, 40.599], [-73.83, 40.618]].map(([lng, lat]) => s2.Point.fromLatLng(s2.LatLng.fromDegrees(lat, lng)));
    const loop = new s2.Loop(nyLoop);
    loop.normalize();
    expect(poly).toEqual(coverer.covering(new s2.Polygon([loop])).map(s2.cellid.toToken));
    const lineCoverer = new s2.RegionCoverer({ minLevel: 15, maxLevel: 15, maxCells: 65536 });
    const pts = [[-0.14, 51.5], [-0.08, 51.51], [-0.05, 51.49]].map(([lng, lat]) => s2.Point.fromLatLng(s2.LatLng.fromDegrees(lat, lng)));
    expect(line).toEqual(lineCoverer.covering(new s2.Polyline(pts)).map(s2.cellid.toToken));
  });

  it("reads polygon edges as geodesics, even an axis-aligned rectangle's, and refuses crossing edges", () => {
    // The geodesic from (-60, 60) to (60, 60) rises to 73.9° N at lng 0 and the one from (60, 70)
    // to (-60, 70) to 79.7° N: (0, 65) lies outside the polygon, (0, 76) inside.
    const [cells, outside, inside, bowtie, h3bowtie] = one(`let r = dynamic({"type":"Polygon","coordinates":[[[-60,60],[60,60],[60,70],[-60,70],[-60,60]]]});
      print geo_polygon_to_s2cells(r, 6), geo_point_to_s2cell(0, 65, 6), geo_point_to_s2cell(0, 76, 6),
        isnull(geo_polygon_to_s2cells(dynamic({"type":"Polygon","coordinates":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}), 5)),
        isnull(geo_polygon_to_h3cells(dynamic({"type":"Polygon","coordinates":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}), 2))`) as [string[], string, string, boolean, boolean];
    expect(cells).not.toContain(outside);
    expect(cells).toContain(inside);
    expect([bowtie, h3bowtie]).toEqual([true, true]);
  });

  it("answers null past 65536 tokens, for bad levels and for invalid tokens", () => {
    expect(one(`print isnull(geo_polygon_to_s2cells(${triangle}, 12)), array_length(geo_polygon_to_s2cells(${triangle}, 9)), isnull(geo_line_to_s2cells(dynamic({"type":"LineString","coordinates":[[0,0],[100,50]]}), 30)), isnull(geo_polygon_to_s2cells(${triangle}, 31))`)).toEqual([true, 60252, true, true]);
    expect(one(`print geo_point_to_s2cell(1, 1, -1), geo_point_to_s2cell(181, 1), isnull(geo_s2cell_to_polygon('a')), isnull(geo_s2cell_neighbors('89c259000000000001')), isnull(geo_s2cell_to_central_point('xyz'))`)).toEqual(["", "", true, true, true]);
  });
});

/** Great-circle distance in meters on S2's Earth sphere (the radius geo_distance_2points' page implies). */
function meters([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371010 * Math.asin(Math.sqrt(h));
}

describe("S2 coverings with a buffer radius", () => {
  // A 200 m street; its 500 m buffer at level 14 (cells of ~500 m): distances measured here by
  // sampling the street every meter, independently of S2's edge distance.
  const street = [
    [-0.1399656708283601, 51.50190802248855],
    [-0.14088438832752104, 51.50012082761452],
  ];
  const samples = Array.from({ length: 201 }, (_, k) => [street[0][0] + ((street[1][0] - street[0][0]) * k) / 200, street[0][1] + ((street[1][1] - street[0][1]) * k) / 200]);
  const toStreet = (p: number[]) => Math.min(...samples.map((q) => meters(p, q)));
  const cells = one(`print geo_line_to_s2cells(dynamic({"type":"LineString","coordinates":${JSON.stringify(street)}}), 14, 500)`)[0] as string[];

  it("holds the cell of every point within the radius", () => {
    const ring = Array.from({ length: 72 }, (_, k) => (k * Math.PI) / 36);
    const near = street.flatMap(([lng, lat]) => ring.map((t) => [lng + ((490 / 6371010) * Math.cos(t) * 180) / Math.PI / Math.cos((lat * Math.PI) / 180), lat + ((490 / 6371010) * Math.sin(t) * 180) / Math.PI]));
    for (const p of near) expect(toStreet(p)).toBeLessThan(500);
    const tokens = run(`datatable(lng:real, lat:real) ${JSON.stringify(near.flat()).replace(/^\[/, "[").replace(/\]$/, "]")} | project t = geo_point_to_s2cell(lng, lat, 14)`).rows.map((r) => r[0]);
    for (const t of tokens) expect(cells).toContain(t);
  });

  it("holds no cell farther than the radius from the street", () => {
    for (const token of cells) {
      const [poly] = one(`print geo_s2cell_to_polygon('${token}')`) as [{ coordinates: number[][][] }];
      const [center] = one(`print geo_s2cell_to_central_point('${token}')`) as [{ coordinates: number[] }];
      const halfDiagonal = Math.max(...poly.coordinates[0].map((v) => meters(v, center.coordinates)));
      expect(toStreet(center.coordinates) - halfDiagonal).toBeLessThanOrEqual(500);
    }
  });

  it("grows a polygon's covering, and answers null for a negative or null radius", () => {
    expect(one(`print array_length(geo_polygon_to_s2cells(${triangle}, 5, 100000)), array_length(geo_polygon_to_s2cells(${triangle}, 5, 0)), isnull(geo_polygon_to_s2cells(${triangle}, 5, -1)), isnull(geo_line_to_s2cells(dynamic({"type":"LineString","coordinates":[[0,0],[1,1]]}), 5, real(null)))`)).toEqual([
      321, 286, true, true,
    ]);
  });
});

describe("what the engine refuses", () => {
  it("names an H3 buffer radius and geo_info_from_ip_address() together", () => {
    try {
      run(`print geo_polygon_to_h3cells(${triangle}, 3, 10), geo_info_from_ip_address('20.53.203.50')`);
      expect.unreachable("refused");
    } catch (e) {
      expect(e).toBeInstanceOf(KqlUnsupportedError);
      const names = (e as KqlUnsupportedError).constructs.map((c) => c.construct).join("\n");
      expect(names).toMatch(/geo_polygon_to_h3cells\(\) with a buffer radius/);
      expect(names).toMatch(/geo_info_from_ip_address\(\) \(needs a GeoIP/);
    }
  });

  it("accepts an explicit H3 radius of 0, the default", () => {
    expect(one(`print array_length(geo_polygon_to_h3cells(${newYork}, 7, 0)) == array_length(geo_polygon_to_h3cells(${newYork}, 7))`)).toEqual([true]);
  });
});
