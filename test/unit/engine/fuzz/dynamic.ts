/**
 * Round 2's row-wise expressions over table T (json-table.ts), in KQL (after `extend d = parse_json(j),
 * e = parse_json(m), g = parse_json(b)`) and in DuckDB SQL over fz. Every construct is one whose
 * Kusto semantics its reference page gives (learn.microsoft.com/kusto/query/<page>); dynamic values
 * are shown through tostring()/tolong(), as the engine's dynamic cells are compared as multisets.
 */
import type { Rng } from "./rng";
import type { KType } from "./table";
import { textExpr, timeExpr } from "./text";
import { moreRow } from "./more-row";

export interface X {
  k: string;
  s: string;
  t: KType;
}

const L = "len(jl)";
/** An index of the array jl as DuckDB's 1-based position: negative ones from the end (dynamic page: arr[-index]). */
const pos = (i: number) => (i < 0 ? `(${L} + ${i + 1})` : `${i + 1}`);
const at = (i: number) => (i < 0 ? `CASE WHEN ${L} + ${i} >= 0 THEN jl[${pos(i)}] END` : `jl[${i + 1}]`);
const json = (xs: number[]) => `[${xs.join(",")}]::BIGINT[]`;

/** array_slice(): negative bounds count from the end, both inclusive, out-of-bounds indices ignored (array-slice page). */
function slice(rng: Rng): X {
  const a = rng.pick([-3, -2, -1, 0, 1, 2, 3]);
  const b = rng.pick([-2, -1, 0, 1, 2, 4, 6]);
  const from = `greatest(${a < 0 ? `${L} + ${a}` : a}, 0)`;
  const to = `least(${b < 0 ? `${L} + ${b}` : b}, ${L} - 1)`;
  return { k: `tostring(array_slice(d, ${a}, ${b}))`, s: `CASE WHEN ${from} > ${to} THEN '[]' ELSE to_json(list_slice(jl, ${from} + 1, ${to} + 1)) END`, t: "string" };
}

/** Arrays of longs (array functions' pages); sets compared sorted: set_union/set_intersect give distinct values, order unsaid. */
function arrayExpr(rng: Rng): X {
  const other = rng.pick([[1, 2, 9], [0, 3], [], [-3, -3, 5]]);
  switch (rng.int(0, 9)) {
    case 0:
      return { k: "array_length(d)", s: `CAST(${L} AS BIGINT)`, t: "long" };
    case 1: {
      const i = rng.pick([-3, -2, -1, 0, 1, 2, 5]);
      const int = rng.chance(0.3);
      return { k: `${int ? "toint" : "tolong"}(d[${i}])`, s: at(i), t: int ? "int" : "long" };
    }
    case 2:
      return slice(rng);
    case 3:
      return { k: `tostring(array_concat(d, dynamic(${JSON.stringify(other)})))`, s: `to_json(list_concat(jl, ${json(other)}))`, t: "string" };
    case 4: {
      const asc = rng.chance(0.5);
      return { k: `tostring(array_sort_${asc ? "asc" : "desc"}(d))`, s: `to_json(${asc ? "list_sort" : "list_reverse_sort"}(jl))`, t: "string" };
    }
    case 5:
      if (rng.chance(0.5)) return { k: `tostring(array_sort_asc(set_union(d, dynamic(${JSON.stringify(other)}))))`, s: `to_json(list_sort(list_distinct(list_concat(jl, ${json(other)}))))`, t: "string" };
      return { k: `tostring(array_sort_asc(set_intersect(d, dynamic(${JSON.stringify(other)}))))`, s: `to_json(list_sort(list_filter(list_distinct(jl), x -> list_contains(${json(other)}, x))))`, t: "string" };
    case 6: {
      // array_index_of(): the first position of the value, -1 when it is not there (array-index-of page).
      const v = rng.int(-1, 3);
      return { k: `array_index_of(d, ${v})`, s: `COALESCE(CAST(list_position(jl, ${v}) AS BIGINT) - 1, -1)`, t: "long" };
    }
    case 7:
      return { k: "tostring(d)", s: "to_json(jl)", t: "string" };
    case 8:
      return { k: "todouble(d[0])", s: "CAST(jl[1] AS DOUBLE)", t: "real" };
    default:
      // array_sum() of an empty array is not on its page: the array here always holds the 1.
      return { k: "array_sum(array_concat(d, dynamic([1])))", s: "CAST(COALESCE(list_sum(jl), 0) + 1 AS DOUBLE)", t: "real" };
  }
}

/** Mixed arrays and bags: tostring() of a dynamic string is the string, of null "", of others their JSON (tostring page). */
function bagExpr(rng: Rng): X {
  switch (rng.int(0, 7)) {
    case 0:
      return { k: "array_length(e)", s: "CAST(json_array_length(m) AS BIGINT)", t: "long" };
    case 1: {
      const i = rng.pick([0, 1, 3, -1]);
      return { k: `tostring(e[${i}])`, s: `COALESCE(json_extract_string(m, '$[${i < 0 ? `#${i}` : i}]'), '')`, t: "string" };
    }
    case 2: {
      const [k, path] = rng.pick([["g.a", "$.a"], ["g['a']", "$.a"], ["g.n.b", "$.n.b"], ['g["n"]["b"]', "$.n.b"]] as const);
      return { k: `tolong(${k})`, s: `CAST(json_extract_string(b, '${path}') AS BIGINT)`, t: "long" };
    }
    case 3:
      return { k: rng.chance(0.5) ? "tostring(g.s)" : "tostring(g['s'])", s: "COALESCE(json_extract_string(b, '$.s'), '')", t: "string" };
    case 4:
      // bag_keys(): the bag's keys; a bag's slots are unordered (dynamic page), so they are sorted.
      if (rng.chance(0.5)) return { k: "array_length(bag_keys(g))", s: "CAST(len(json_keys(b)) AS BIGINT)", t: "long" };
      return { k: "tostring(array_sort_asc(bag_keys(g)))", s: "to_json(list_sort(json_keys(b)))", t: "string" };
    case 5: {
      const f = rng.pick(["bag_pack", "pack"]);
      if (rng.chance(0.5)) return { k: `tolong(${f}("p", n, "q", s).p)`, s: "n", t: "long" };
      return { k: `tostring(${f}("p", n, "q", k)["q"])`, s: "k", t: "string" };
    }
    case 6:
      if (rng.chance(0.3)) {
        // gettype() (its page's names); a whole number is refused by the engine, so such a case counts as refused.
        const i = rng.pick([0, 1, 5]);
        return { k: `gettype(e[${i}])`, s: `CASE COALESCE(json_type(m, '$[${i}]'), 'NULL') WHEN 'VARCHAR' THEN 'string' WHEN 'BOOLEAN' THEN 'bool' WHEN 'DOUBLE' THEN 'real' WHEN 'ARRAY' THEN 'array' WHEN 'OBJECT' THEN 'dictionary' WHEN 'NULL' THEN 'null' ELSE json_type(m, '$[${i}]') END`, t: "string" };
      }
      return { k: "todouble(g.a)", s: "CAST(json_extract_string(b, '$.a') AS DOUBLE)", t: "real" };
    default:
      return { k: "tostring(g.n)", s: "COALESCE(CAST(json_extract(b, '$.n') AS VARCHAR), '')", t: "string" };
  }
}

/** array_reverse, array_rotate_left/right, array_shift_left/right (null fill), set_difference, set_has_element, strcat_array (their pages). */
function reorder(rng: Rng): X {
  const other = rng.pick([[1, 2, 9], [0, 3], [], [-3, -3, 5]]);
  const n = rng.int(-3, 3);
  switch (rng.int(0, 5)) {
    case 0:
      return { k: "tostring(array_reverse(d))", s: "to_json(list_reverse(jl))", t: "string" };
    case 1: {
      // Rotating left by n moves element i to (i - n) mod length; right is left by -n.
      const f = rng.pick(["left", "right"]);
      const by = f === "left" ? n : -n;
      return { k: `tostring(array_rotate_${f}(d, ${n}))`, s: `to_json(list_transform(range(${L}), i -> jl[((i + ${by}) % ${L} + ${L}) % ${L} + 1]))`, t: "string" };
    }
    case 2: {
      const m = Math.abs(n);
      const f = rng.pick(["left", "right"]);
      const by = f === "left" ? m : -m;
      return { k: `tostring(array_shift_${f}(d, ${m}))`, s: `to_json(list_transform(range(${L}), i -> CASE WHEN i + ${by} BETWEEN 0 AND ${L} - 1 THEN jl[i + ${by} + 1] END))`, t: "string" };
    }
    case 3:
      return { k: `tostring(array_sort_asc(set_difference(d, dynamic(${JSON.stringify(other)}))))`, s: `to_json(list_sort(list_filter(list_distinct(jl), x -> NOT list_contains(${json(other)}, x))))`, t: "string" };
    case 4: {
      const v = rng.int(-1, 3);
      return { k: `tostring(set_has_element(d, ${v}))`, s: `CAST(list_contains(jl, ${v}) AS VARCHAR)`, t: "string" };
    }
    default:
      return { k: 'strcat_array(d, "-")', s: "array_to_string(jl, '-')", t: "string" };
  }
}

/** Arrays holding nulls: length and indexing count them, array_sort_asc/desc put them last by default (their pages). */
function withNulls(rng: Rng): X {
  switch (rng.int(0, 3)) {
    case 0:
      return { k: "array_length(parse_json(q))", s: "CAST(len(ql) AS BIGINT)", t: "long" };
    case 1: {
      const i = rng.pick([0, 1, -1]);
      return { k: `tolong(parse_json(q)[${i}])`, s: i < 0 ? "CASE WHEN len(ql) > 0 THEN ql[len(ql)] END" : `ql[${i + 1}]`, t: "long" };
    }
    case 2: {
      const asc = rng.chance(0.5);
      return { k: `tostring(array_sort_${asc ? "asc" : "desc"}(parse_json(q)))`, s: `to_json(list_sort(ql, '${asc ? "ASC" : "DESC"}', 'NULLS LAST'))`, t: "string" };
    }
    default:
      return { k: "tostring(parse_json(q))", s: "to_json(ql)", t: "string" };
  }
}

export function rowExpr(rng: Rng): X {
  const r = rng.int(0, 13);
  if (r === 13) return withNulls(rng);
  if (r >= 11) return moreRow(rng);
  if (r === 10) return reorder(rng);
  if (r <= 2) return arrayExpr(rng);
  if (r <= 4) return bagExpr(rng);
  if (r <= 7) return textExpr(rng);
  return timeExpr(rng);
}
