import { describe, expect, it } from "vitest";
import { FUNCTION_CASES } from "./conformance-cases-functions";
import { OPERATOR_CASES } from "./conformance-cases-operators";
import { expected, runCase } from "./conformance-helpers";

const CASES = [...OPERATOR_CASES, ...FUNCTION_CASES];

describe("conformance with the Kusto documentation's examples", () => {
  it("has at least 40 cases, each citing its page", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of CASES) expect(c.doc).toMatch(/^https:\/\/learn\.microsoft\.com\/kusto\/query\/[a-z0-9-]+$/);
  });

  for (const c of CASES) {
    it(`${c.name} (${c.doc.split("/").pop()})`, () => {
      const got = runCase(c);
      if (c.columns) expect(got.columns).toEqual(c.columns);
      expect(got.rows).toEqual(expected(c));
    });
  }
});
