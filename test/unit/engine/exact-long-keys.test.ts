import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") }).rows;
/**
 * Three longs that share doubles: 2^53 + 1 rounds to 2^53, so a double comparison ties the first two
 * and a double key merges them. s names each row.
 */
const T = `datatable(s:string, k:long)["a", 9007199254740993, "b", 9007199254740992, "c", 9007199254740994, "d", 9007199254740993]`;
const A = 9007199254740993n;
const B = 9007199254740992n;
const C = 9007199254740994n;
/** XXH64 of "World" and "a" as signed longs (hash page; the engine's own hash test checks them). */
const WORLD = 1846988464401551951n;

describe("exact 64-bit longs as keys: sort, top, distinct, summarize by", () => {
  it("keeps datatable literals past 2^53 exact", () => {
    expect(run(`${T} | project k`)).toEqual([[A], [B], [C], [A]]);
  });

  it("sorts and takes top on the 64-bit values, both directions", () => {
    expect(run(`${T} | sort by k asc | project s`)).toEqual([["b"], ["a"], ["d"], ["c"]]);
    expect(run(`${T} | sort by k desc | project s`)).toEqual([["c"], ["a"], ["d"], ["b"]]);
    expect(run(`${T} | top 1 by k asc | project s`)).toEqual([["b"]]);
    expect(run(`${T} | top 2 by k desc | project s, k`)).toEqual([["c", C], ["a", A]]);
  });

  it("tells keys apart in distinct, summarize by, dcount and count_distinct", () => {
    expect(run(`${T} | distinct k | sort by k asc`)).toEqual([[B], [A], [C]]);
    expect(run(`${T} | summarize n = count() by k | sort by k asc`)).toEqual([[B, 1], [A, 2], [C, 1]]);
    expect(run(`${T} | summarize n = count() by k, t = "x" | count`)).toEqual([[3]]);
    expect(run(`${T} | summarize dcount(k), count_distinct(k), dcountif(k, s != "c")`)).toEqual([[3, 3, 2]]);
  });

  it("computes min, max, their *if forms and arg_min/arg_max on the 64-bit values, printing every digit", () => {
    expect(run(`${T} | summarize max(k), min(k), maxif(k, s != "c"), m = max(k) % 10`)).toEqual([[C, B, A, 4]]);
    expect(run(`${T} | where s != "c" | summarize arg_max(k, s), arg_min(k, s)`)).toEqual([[A, "a", B, "b"]]);
    // A carried 64-bit column keeps its digits too.
    expect(run(`${T} | summarize arg_max(strlen(s) * 0 + iff(s == "b", 1, 0), k)`)).toEqual([[1, B]]);
  });

  it("ranks, numbers and shifts rows on the 64-bit values (prev/next, row_number restarts, row_rank_dense)", () => {
    expect(run(`${T} | sort by s asc | extend r = row_number(1, prev(k) != k), d = row_rank_dense(k), p = prev(k), n = next(k, 1, 9007199254740999) | project s, r, d, p, n`)).toEqual([
      ["a", 1, 1, null, B],
      ["b", 1, 2, A, C],
      ["c", 1, 3, B, A],
      ["d", 1, 4, C, 9007199254740999n],
    ]);
  });
});

describe("exact 64-bit longs as keys: join, lookup, in, partition, union", () => {
  it("joins and looks up on the 64-bit values", () => {
    const R = `datatable(k:long, x:string)[9007199254740993, "hit"]`;
    expect(run(`${T} | join kind=inner (${R}) on k | project s, x`)).toEqual([["a", "hit"], ["d", "hit"]]);
    expect(run(`${T} | lookup (${R}) on k | project s, x`)).toEqual([["a", "hit"], ["b", ""], ["c", ""], ["d", "hit"]]);
    expect(run(`${T} | join kind=leftanti (${R}) on k | project s`)).toEqual([["b"], ["c"]]);
    // An outer join's missing side is null, and its present side keeps every digit.
    expect(run(`${R} | join kind=rightouter (${T}) on k | project k, k1, s | sort by s asc`)).toEqual([[A, A, "a"], [null, B, "b"], [null, C, "c"], [A, A, "d"]]);
  });

  it("matches hash() values across tables exactly", () => {
    const H = `datatable(w:string)["World", "a"] | extend h = hash(w)`;
    expect(run(`${H} | join kind=inner (print h = 1846988464401551951, tag = "world") on h | project w, tag`)).toEqual([["World", "world"]]);
    expect(run(`${H} | join kind=inner (print h = 1846988464401551952, tag = "near") on h | count`)).toEqual([[0]]);
    expect(run(`${H} | where h in (1846988464401551951) | project w`)).toEqual([["World"]]);
    expect(run(`${H} | sort by h desc | project w, h`)).toEqual([["World", WORLD], ["a", -3292477735350538661n]]);
  });

  it("tests `in` on the 64-bit values, with literal and tabular lists", () => {
    expect(run(`${T} | where k in (9007199254740992) | project s`)).toEqual([["b"]]);
    expect(run(`${T} | where k !in (9007199254740993, 9007199254740994) | project s`)).toEqual([["b"]]);
    expect(run(`${T} | where k in ((datatable(v:long)[9007199254740994])) | project s`)).toEqual([["c"]]);
  });

  it("partitions by and unions 64-bit columns without merging them", () => {
    expect(run(`${T} | partition hint.strategy=native by k (summarize n = count() by k) | sort by k asc`)).toEqual([[B, 1], [A, 2], [C, 1]]);
    expect(run(`union (${T} | where s == "a"), (${T} | where s == "b") | project k`)).toEqual([[A], [B]]);
    expect(run(`union (${T} | where s == "a"), (${T} | where s == "b") | distinct k | count`)).toEqual([[2]]);
    expect(run(`print a = dynamic([1, 2]) | extend h = 9007199254740993 | mv-apply a on (extend b = 1) | project h`)).toEqual([[A], [A]]);
  });

  it("refuses by name where an operand's exact value was lost, instead of matching its double", () => {
    // A double past 2^53 inside a dynamic value has no 64-bit value beside it: refused.
    expect(() => run(`${T} | where k in (dynamic([9007199254740992]))`)).toThrow(/in of a long beyond .* exact value was lost/);
    expect(() => run(`${T} | join kind=inner (print k = 2.0 * 4503599627370496 | extend k = tolong(k)) on k`)).toThrow(/join\/lookup key of a long beyond/);
  });

  it("matches long arithmetic past 2^53 on its 64-bit value (long-arith.ts)", () => {
    expect(run(`print k = 4503599627370496 * 2 | where k in (9007199254740993)`)).toEqual([]);
    expect(run(`print k = 4503599627370496 * 2 | where k in (9007199254740992)`)).toEqual([[B]]);
    expect(run(`${T} | join kind=inner (print k = 4503599627370496 * 2 + 1) on k | project s`)).toEqual([["a"], ["d"]]);
  });
});

describe("ordinary longs and doubles keep their paths", () => {
  it("gives the same answers for safe values", () => {
    expect(run(`range i from 1 to 6 step 1 | extend k = i % 3 | summarize n = count(), m = max(i) by k | sort by k asc`)).toEqual([[0, 2, 6], [1, 2, 4], [2, 2, 5]]);
    expect(run(`range i from 1 to 4 step 1 | extend k = i % 2 | join kind=inner (range k from 0 to 1 step 1) on k | count`)).toEqual([[4]]);
    expect(run(`range i from 1 to 4 step 1 | where i in (2, 4) | sort by i desc | project i`)).toEqual([[4], [2]]);
  });
});

describe("exact 64-bit longs in sample-distinct and make-graph", () => {
  it("sample-distinct tells the values apart and keeps their digits", () => {
    expect(run(`${T} | sample-distinct 10 of k | sort by k asc`)).toEqual([[B], [A], [C]]);
  });

  it("make-graph refuses 64-bit node ids by name rather than merging two nodes", () => {
    expect(() => run(`${T} | extend t = k + 1 | make-graph k --> t | graph-match (a)-->(b) project x = 1`)).toThrow(/make-graph of a long beyond .*column k/);
  });
});

describe("exact 64-bit longs given to plugins", () => {
  it("refuses them by name in plugins that key values as doubles, and narrow() still writes their digits", () => {
    expect(() => run(`${T} | evaluate pivot(s, count(), k)`)).toThrow(/evaluate pivot\(\) of a long beyond .*column k/);
    expect(run(`${T} | take 1 | evaluate narrow()`)).toEqual([[0, "s", "a"], [0, "k", "9007199254740993"]]);
  });
});

describe("exact 64-bit longs in between and tolong()", () => {
  it("tests between on the 64-bit values, and tolong() keeps them", () => {
    expect(run(`${T} | where k between (9007199254740993 .. 9007199254740994) | project s`)).toEqual([["a"], ["c"], ["d"]]);
    expect(run(`${T} | where k !between (9007199254740993 .. 9007199254740994) | project s`)).toEqual([["b"]]);
    expect(run(`${T} | where s == "a" | project t = tolong(k)`)).toEqual([[A]]);
    expect(() => run(`print tolong(parse_version("1.2"))`)).toThrow(/tolong\(\) of a decimal beyond 64 bits/);
  });
});

describe("exact 64-bit longs in top-nested", () => {
  it("groups, orders and prints 64-bit keys and aggregates exactly", () => {
    expect(run(`${T} | top-nested of k by n = count() desc`)).toEqual([[A, 2], [B, 1], [C, 1]]);
    expect(run(`${T} | extend g = s == "b" or s == "c" | top-nested of g by m = max(k) asc | project g, m`)).toEqual([[false, A], [true, C]]);
  });
});

describe("exact 64-bit longs in text searches over columns", () => {
  it("where * and search read a 64-bit long as its digits", () => {
    const H = `print s = "World" | extend h = hash(s)`;
    expect(run(`${H} | where * contains "1551951" | project s`)).toEqual([["World"]]);
    expect(run(`${H} | where * contains "1551900" | count`)).toEqual([[0]]);
  });
});

describe("exact 64-bit longs through toscalar()", () => {
  it("keeps the exact value of a tabular toscalar()", () => {
    expect(run(`${T} | where k == toscalar(${T} | summarize max(k)) | project s`)).toEqual([["c"]]);
    expect(run(`print m = toscalar(${T} | summarize min(k))`)).toEqual([[B]]);
  });
});
