/**
 * buildschema(): the minimal schema admitting every dynamic value (its page): a bag's keys map to
 * their types, an array's elements to `indexer`, a key seen with several types lists them in the
 * order they first appear. A JSON number is "long" when whole, else "double" (1.0 cannot be told
 * from 1 once parsed). Nulls add nothing; no values at all give null.
 */
import type { Value } from "../dataset/columns";
import type { AggregateFn } from "./aggregates";

interface Schema {
  /** Entries in first-seen order: a primitive type name, or the bag / array slot. */
  order: (string | "{}" | "[]")[];
  bag?: Map<string, Schema>;
  indexer?: Schema;
}

const empty = (): Schema => ({ order: [] });

function add(s: Schema, v: Value): void {
  if (v === null) return;
  const slot = Array.isArray(v) ? "[]" : typeof v === "object" ? "{}" : typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : typeof v === "boolean" ? "bool" : "string";
  if (!s.order.includes(slot)) s.order.push(slot);
  if (slot === "[]") {
    s.indexer ??= empty();
    for (const e of v as Value[]) add(s.indexer, e);
  } else if (slot === "{}") {
    s.bag ??= new Map();
    for (const [k, e] of Object.entries(v as Record<string, Value>)) {
      let child = s.bag.get(k);
      if (!child) s.bag.set(k, (child = empty()));
      add(child, e);
    }
  }
}

function render(s: Schema): Value {
  const parts = s.order.map((slot): Value => {
    if (slot === "{}") return Object.fromEntries([...(s.bag ?? new Map<string, Schema>())].map(([k, c]) => [k, render(c)]));
    if (slot === "[]") return { "`indexer`": s.indexer && s.indexer.order.length > 0 ? render(s.indexer) : null };
    return slot;
  });
  return parts.length === 1 ? parts[0] : parts;
}

export const SCHEMA_AGGREGATES: Record<string, AggregateFn> = {
  buildschema: ({ args: [x], groupOf, groups, rows }) => {
    const schemas = Array.from({ length: groups }, empty);
    for (let i = 0; i < rows; i++) add(schemas[groupOf[i]], x(i));
    return [schemas.map((s) => (s.order.length === 0 ? null : render(s)))];
  },
};
