/**
 * Window functions over a serialized row set: `order by id` (unique, not null) then row_number(),
 * prev() and next() (row-number-function, prev-function, next-function pages: row_number starts at 1
 * by default; prev/next are null past either end, or the default given).
 */
import { q, type State } from "./stages";

export function windowed(st: State): boolean {
  const id = st.cols.find((c) => c.unique && c.type === "long" && !c.nullable);
  const x = st.rng.pick(st.cols.filter((c) => c !== id && c.type !== "dynamic"));
  if (!id || !x) return false;
  const desc = st.rng.chance(0.4);
  const over = `OVER (ORDER BY ${q(id.name)} ${desc ? "DESC" : "ASC"})`;
  const n = st.fresh++;
  const off = st.rng.int(1, 2);
  const parts = [
    st.rng.chance(0.5)
      ? { k: `rn${n} = row_number()`, s: `row_number() ${over}`, name: `rn${n}`, type: "long" as const, nullable: false }
      : { k: `rn${n} = row_number(0)`, s: `(row_number() ${over} - 1)`, name: `rn${n}`, type: "long" as const, nullable: false },
    { k: `pv${n} = prev(${x.name}, ${off})`, s: `lag(${q(x.name)}, ${off}) ${over}`, name: `pv${n}`, type: x.type, nullable: true },
    { k: `nx${n} = next(${x.name})`, s: `lead(${q(x.name)}) ${over}`, name: `nx${n}`, type: x.type, nullable: true },
  ];
  // A string past either end is "" (string has no null).
  const sql = parts.map((p) => (p.type === "string" && p.nullable ? `COALESCE(${p.s}, '')` : p.s) + ` AS ${q(p.name)}`);
  st.kql += ` | order by ${id.name} ${desc ? "desc" : "asc"} | extend ${parts.map((p) => p.k).join(", ")}`;
  st.ctes.push(`SELECT *, ${sql.join(", ")} FROM s${st.ctes.length - 1}`);
  st.cols = [...st.cols, ...parts.map((p) => ({ name: p.name, type: p.type, nullable: p.nullable && p.type !== "string", nan: x.nan && p.type === "real" }))];
  return true;
}
