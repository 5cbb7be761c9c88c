/**
 * Marks of the geo cell pages (H3/S2/geohash). The elided outputs ("[ ... ]") are completed with
 * the cells' boundaries as h3-js, Uber's H3 reference library, gives them, assembled the way the
 * page's query assembles them.
 */
import * as h3 from "h3-js";
import type { Mark } from "./marked";

const polygon = (cell: string) => ({ type: "Polygon", coordinates: [h3.cellToBoundary(cell, true)] });
const collection = (cells: string[]) => [
  [JSON.stringify({ type: "Feature", geometry: { type: "GeometryCollection", geometries: cells.map(polygon) }, properties: { name: "H3 polygons collection" } })],
];
const madrid = [
  [
    [-3.659, 40.553],
    [-3.913, 40.409],
    [-3.729, 40.273],
    [-3.524, 40.44],
    [-3.659, 40.553],
  ],
];

export const GEO_CELL_MARKS: Record<string, Mark> = {
  "geo-h3cell-children-function#3": {
    kind: "docWrong",
    reason: "the page elides the seven children's polygons with '... ... ...'",
    rows: collection(h3.cellToChildren("862a1072fffffff", 7)),
  },
  "geo-h3cell-rings-function#4": {
    kind: "docWrong",
    reason: "the page elides the polygons of the ring-0 and ring-1 cells with '... ... ...'",
    rows: collection(h3.gridDiskDistances("861f8894fffffff", 1).flat()),
  },
  "geo-polygon-to-h3cells-function#2": {
    kind: "docWrong",
    reason: "the page elides the MultiPolygon's coordinates with '...': one polygon per H3 cell of the Madrid polygon",
    rows: [[JSON.stringify({ type: "MultiPolygon", coordinates: h3.polygonToCells(madrid, 6, true).map((c) => [h3.cellToBoundary(c, true)]) })]],
  },
  "geo-polygon-to-h3cells-function#1": {
    kind: "unordered",
    reason:
      "the page lists the same 13 cells in an order that is neither H3's polygonToCells order nor sorted, and documents no order; the cells are compared as a set",
  },
  ...Object.fromEntries(
    ["geo-info-from-ip-address-function#1", "geo-info-from-ip-address-function#2"].map((id): [string, Mark] => [
      id,
      { kind: "refused", reason: "the location of an IP address comes from a GeoIP database, which the embedded engine does not have", construct: /geo_info_from_ip_address\(\) \(needs a GeoIP/ },
    ]),
  ),
};
