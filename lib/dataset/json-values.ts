/** Converting the JSON form of a value (NDJSON, RowSink) into stored values, with a type check. */
import { formatTimespan, parseDatetime, parseTimespan } from "../format/kusto-time";
import type { KustoType } from "../telemetry/schemas";
import type { Value } from "./columns";

export class ValueTypeError extends Error {}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** JSON value → stored value (datetime → epoch ms, timespan → ms); throws ValueTypeError. */
export function fromJson(type: KustoType, v: unknown, column: string): Value {
  if (v === null || v === undefined) return type === "string" ? "" : null;
  switch (type) {
    case "string":
      if (typeof v === "string") return v;
      break;
    case "guid":
      if (typeof v === "string" && /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(v)) return v.toLowerCase();
      break;
    case "long":
    case "int":
      if (typeof v === "number" && Number.isInteger(v)) return v;
      break;
    case "real":
    case "decimal":
      if (typeof v === "number") return v;
      if (v === "NaN" || v === "Infinity" || v === "-Infinity") return Number(v);
      break;
    case "bool":
      if (typeof v === "boolean") return v;
      break;
    case "datetime": {
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getTime();
      if (typeof v !== "string") break;
      const ms = parseDatetime(v);
      if (!Number.isNaN(ms)) return ms;
      break;
    }
    case "timespan": {
      if (typeof v !== "string") break;
      const ms = parseTimespan(v);
      if (ms !== null) return ms;
      break;
    }
    case "dynamic":
      return v as Value;
  }
  throw new ValueTypeError(`column ${column}: expected ${type}, got ${describe(v)}`);
}

/** Stored value → JSON form written to NDJSON (inverse of fromJson). */
export function toJson(type: KustoType, v: Value): unknown {
  if (v === null) return null;
  if (type === "datetime") return new Date(v as number).toISOString();
  if (type === "timespan") return formatTimespan(v as number);
  return v;
}

/** A per-column converter with fast paths for the common JSON shapes; falls back to fromJson. */
export function converterFor(type: KustoType, column: string): (v: unknown) => Value {
  const slow = (v: unknown) => fromJson(type, v, column);
  switch (type) {
    case "string":
      return (v) => (typeof v === "string" ? v : slow(v));
    case "real":
    case "decimal":
      return (v) => (typeof v === "number" ? v : slow(v));
    case "datetime":
      return (v) => {
        if (typeof v === "string") {
          const ms = parseDatetime(v);
          if (ms === ms) return ms;
        }
        return slow(v);
      };
    case "dynamic":
      return (v) => (v === undefined ? null : (v as Value));
  }
  return slow;
}
