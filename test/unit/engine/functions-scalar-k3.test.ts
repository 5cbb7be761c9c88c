import { describe, expect, it } from "vitest";
import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

const run = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });
const one = (q: string) => run(q).rows[0];

describe("NaN is a value, not null", () => {
  it("0.0/0, sqrt(-1), log(-1) are NaN; isnan/isnull tell NaN from null", () => {
    const [a, b, c, nan, nul] = one("print a=0.0/0, b=sqrt(-1), c=log(-1) | extend nan=isnan(a), nul=isnull(a)");
    expect([a, b, c].every((v) => Number.isNaN(v))).toBe(true);
    expect([nan, nul]).toEqual([true, false]);
  });

  it("keeps NaN through extend into a column, next to nulls and numbers", () => {
    const rows = run("range x from -1 to 1 step 1 | extend y = 0.0 | extend d = 1.0*x/y | extend n = iff(x == 1, real(null), d) | project d, n, isnan(n), isnull(n)").rows;
    expect(rows[0]).toEqual([-Infinity, -Infinity, false, false]);
    expect(Number.isNaN(rows[1][0]) && Number.isNaN(rows[1][1])).toBe(true);
    expect(rows[1].slice(2)).toEqual([true, false]);
    expect(rows[2]).toEqual([Infinity, null, false, true]);
  });

  it("real(nan) is NaN; a NaN compares false and is never null", () => {
    expect(one("print n=real(nan) | extend gt = n > 1, eq = n == n, e = isempty(n)").slice(1)).toEqual([false, false, false]);
  });

  it("refuses sum/avg over a NaN rather than guess whether Kusto skips or propagates it", () => {
    expect(() => run("range x from 0 to 2 step 1 | extend d = x / 0.0 * 0 | summarize sum(d)")).toThrow(/sum\(\) over a NaN value/);
  });
});

describe("hash() / hash_xxhash64()", () => {
  it("hashes a string's UTF-8 bytes and a datetime's ticks with XXH64 (the pages' values), exactly or not at all", () => {
    // hash(x, mod) is exact: the page's 51.
    expect(one('print m=hash("World", 100)')).toEqual([51]);
    // The full 64-bit hash is kept exact (exact-long.ts): the pages' digits, as a bigint.
    expect(one('print s=hash("World"), d=hash(datetime("2015-01-01")), x=hash_xxhash64("World")')).toEqual([1846988464401551951n, 1380966698541616202n, 1846988464401551951n]);
  });

  it("takes the modulo of the unsigned hash, so the result is in [0, mod) for every input", () => {
    const rows = run('range k from 1 to 200 step 1 | extend h = hash(strcat("k", k), 7) | summarize min(h), max(h), dcount(h)').rows;
    expect(rows[0]).toEqual([0, 6, 7]);
  });

  it("is null for null and the empty string's hash is XXH64('')", () => {
    expect(one('print b=hash(datetime(null))')).toEqual([null]);
    expect(one('print a=hash("", 1000)')).toEqual([Number(0xef46db3751d8e999n % 1000n)]);
  });

  it("hashes a long's 64 bits, little-endian (the shuffle-query page of 2020: 56 and 65)", () => {
    const q = 'datatable(ActivityId:string, NumericColumn:long)["activity1", 2, "activity1", 1] | extend h = binary_xor(hash(ActivityId, 100), hash(NumericColumn, 100)) | project h';
    expect(run(q).rows).toEqual([[56], [65]]);
    // The full hash: XXH64 of the 8 bytes 02 00 .. 00, as hash_xxhash64 gives it; exact beyond 2^53 too.
    expect(one("print a = hash(2), b = hash_xxhash64(2), c = hash(long(null))")).toEqual([-1529185102714098256n, -1529185102714098256n, null]);
    expect(one("print a = hash(9007199254740993) == hash(9007199254740992)")).toEqual([false]);
  });

  it("refuses types whose hashed bytes are not documented, and hash_combine/hash_many", () => {
    expect(() => run("print hash(4.2)")).toThrow(/hash\(\) of a real value/);
    expect(() => run("print hash(toint(42))")).toThrow(/hash\(\) of a int value/);
    // The validation pass names all of them at once (a digest of a long's text is not documented either).
    expect(() => run('print hash(4.2), hash_md5(2), hash_combine(1, 2)')).toThrow(/3 constructs/);
    expect(() => run("print hash_combine(1, 2)")).toThrow(KqlUnsupportedError);
    expect(() => run('print hash_many("a", "b")')).toThrow(KqlUnsupportedError);
  });
});

describe("hash_md5/sha1/sha256 of a datetime", () => {
  it("hash the 7-fraction-digit ISO text (the pages' values)", () => {
    expect(one("print hash_md5(datetime(2020-01-01)), hash_sha1(datetime(2020-01-01))")).toEqual([
      "786c530672d1f8db31fee25ea8a9390b",
      "e903e533f4d636b4fc0dcf3cf81e7b7f330de776",
    ]);
  });
});

describe("rand() and new_guid()", () => {
  it("rand() draws reals in [0, 1) and rand(N) whole numbers below N, per row", () => {
    const rows = run("range k from 1 to 2000 step 1 | extend r = rand(), n = rand(10) | summarize min(r), max(r), min(n), max(n), dcount(r), dcount(n)").rows[0] as number[];
    expect(rows[0]).toBeGreaterThanOrEqual(0);
    expect(rows[1]).toBeLessThan(1);
    expect([rows[2], rows[3]]).toEqual([0, 9]);
    expect(rows[4]).toBeGreaterThan(1990);
    expect(rows[5]).toBe(10);
  });

  it("new_guid() gives a distinct v4 guid per row; toscalar() draws once", () => {
    const rows = run("let once = toscalar(new_guid()); let each = new_guid(); range k from 1 to 50 step 1 | extend a = once, b = each").rows;
    expect(new Set(rows.map((r) => r[1])).size).toBe(1);
    expect(new Set(rows.map((r) => r[2])).size).toBe(50);
    for (const r of rows) expect(String(r[2])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("rand(N) of a non-positive N is null", () => {
    expect(one("print rand(0), rand(-3)")).toEqual([null, null]);
  });
});
