/**
 * geo_from_wkt(): Well-Known Text to GeoJSON (the page's seven shape kinds). Text that is not WKT,
 * or coordinates outside [-180, 180] × [-90, 90], give null as the page says; Z/M coordinates and
 * EMPTY shapes, which no example shows, are refused rather than guessed.
 */
import type { Value } from "../../dataset/columns";
import { KqlUnsupportedError } from "../errors";
import type { FnImpl } from "../functions";
import { validLngLat } from "./sphere";

class Bad extends Error {}

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}
  private skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }
  peek(): string {
    this.skip();
    return this.text[this.at] ?? "";
  }
  expect(ch: string): void {
    if (this.peek() !== ch) throw new Bad();
    this.at++;
  }
  word(): string {
    this.skip();
    const m = /^[A-Za-z]+/.exec(this.text.slice(this.at));
    if (!m) throw new Bad();
    this.at += m[0].length;
    return m[0].toUpperCase();
  }
  number(): number {
    this.skip();
    const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!m) throw new Bad();
    this.at += m[0].length;
    return Number(m[0]);
  }
  done(): boolean {
    this.skip();
    return this.at >= this.text.length;
  }
}

function position(r: Reader): number[] {
  const lng = r.number();
  const lat = r.number();
  if (/[\d.+-]/.test(r.peek())) throw new KqlUnsupportedError("geo_from_wkt() of coordinates with Z or M values");
  if (!validLngLat(lng, lat)) throw new Bad();
  return [lng, lat];
}

function list<T>(r: Reader, item: () => T): T[] {
  r.expect("(");
  const out = [item()];
  while (r.peek() === ",") {
    r.expect(",");
    out.push(item());
  }
  r.expect(")");
  return out;
}

function lineCoords(r: Reader, minimum: number): number[][] {
  const c = list(r, () => position(r));
  if (c.length < minimum) throw new Bad();
  return c;
}

function ring(r: Reader): number[][] {
  const c = lineCoords(r, 4);
  const [f, l] = [c[0], c[c.length - 1]];
  if (f[0] !== l[0] || f[1] !== l[1]) throw new Bad();
  return c;
}

// MULTIPOINT accepts both "(1 1, 2 2)" and "((1 1), (2 2))" (the WKT standard's and the common form).
const multiPoint = (r: Reader) =>
  list(r, () => {
    if (r.peek() !== "(") return position(r);
    r.expect("(");
    const p = position(r);
    r.expect(")");
    return p;
  });

function geometry(r: Reader): Value {
  const kind = r.word();
  if (/^[A-Z]/.test(r.peek())) throw new KqlUnsupportedError(`geo_from_wkt() of "${kind} ${r.word()}"`);
  switch (kind) {
    case "POINT": {
      r.expect("(");
      const p = position(r);
      r.expect(")");
      return { type: "Point", coordinates: p };
    }
    case "LINESTRING":
      return { type: "LineString", coordinates: lineCoords(r, 2) };
    case "POLYGON":
      return { type: "Polygon", coordinates: list(r, () => ring(r)) };
    case "MULTIPOINT":
      return { type: "MultiPoint", coordinates: multiPoint(r) };
    case "MULTILINESTRING":
      return { type: "MultiLineString", coordinates: list(r, () => lineCoords(r, 2)) };
    case "MULTIPOLYGON":
      return { type: "MultiPolygon", coordinates: list(r, () => list(r, () => ring(r))) };
    case "GEOMETRYCOLLECTION":
      return { type: "GeometryCollection", geometries: list(r, () => geometry(r)) };
    default:
      throw new Bad();
  }
}

export function fromWkt(v: Value): Value {
  if (typeof v !== "string") return null;
  const r = new Reader(v);
  try {
    const shape = geometry(r);
    return r.done() ? shape : null;
  } catch (e) {
    if (e instanceof Bad) return null;
    throw e;
  }
}

export const WKT_FUNCTIONS: Record<string, FnImpl> = {
  geo_from_wkt: ({ g: [text] }) => (i) => fromWkt(text(i)),
};
