/**
 * Differential fuzzing of the embedded engine against DuckDB (issue #16, "never a silently wrong
 * answer"): seeded random tables and queries from a grammar of constructs with documented Kusto
 * semantics (fuzz/scalar.ts, predicate.ts, stages.ts, query.ts), each translated to DuckDB SQL; the
 * engine's answer must be DuckDB's, or a refusal naming what is not implemented.
 * FUZZ_SEED and FUZZ_CASES run other or more seeds, FUZZ_OUT=file writes every differing case:
 * `FUZZ_CASES=5000 FUZZ_OUT=/tmp/fuzz.txt npx vitest run --project unit test/unit/engine/fuzz.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { randomCase } from "./fuzz/query";
import { expectAgreement, timespanMs } from "./fuzz/run-case";

const FIRST = Number(process.env.FUZZ_SEED ?? 1);
const CASES = Number(process.env.FUZZ_CASES ?? 300);

let con: DuckDBConnection;
beforeAll(async () => {
  con = await (await DuckDBInstance.create(":memory:")).connect();
});
afterAll(() => con?.closeSync());

describe("differential fuzzing: engine vs DuckDB", () => {
  it("reads the engine's timespans", () => {
    expect(timespanMs("-1.02:03:04.5")).toBe(-(((26 * 60 + 3) * 60 + 4) * 1000 + 500));
    expect(timespanMs("00:00:01.0005000")).toBe(1000.5);
  });

  it(`agrees on ${CASES} random cases from seed ${FIRST}`, async () => {
    await expectAgreement(con, randomCase, FIRST, CASES);
  }, Math.max(120_000, CASES * 100));
});
