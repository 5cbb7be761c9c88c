/**
 * Differential fuzzing, round 2 (issue #16): dynamic values, parse/extract/split/parse_url, non-ASCII
 * text, endof*() ticks, todatetime with offsets, unixtime, make-series, range, make_bag,
 * make_list_with_nulls, percentiles, mv-apply, arg_max(*), from fuzz/json-query.ts, against DuckDB
 * (its JSON functions read the same JSON texts). FUZZ_JSON_SEED / FUZZ_JSON_CASES / FUZZ_OUT as in fuzz.test.ts.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { randomJsonCase } from "./fuzz/json-query";
import { expectAgreement } from "./fuzz/run-case";

const FIRST = Number(process.env.FUZZ_JSON_SEED ?? 1);
const CASES = Number(process.env.FUZZ_JSON_CASES ?? 150);

let con: DuckDBConnection;
beforeAll(async () => {
  con = await (await DuckDBInstance.create(":memory:")).connect();
  await con.run("SET TimeZone = 'UTC'");
});
afterAll(() => con?.closeSync());

describe("differential fuzzing, round 2: dynamic, text, series", () => {
  it(`agrees on ${CASES} random cases from seed ${FIRST}`, async () => {
    await expectAgreement(con, randomJsonCase, FIRST, CASES);
  }, Math.max(60_000, CASES * 100));
});
