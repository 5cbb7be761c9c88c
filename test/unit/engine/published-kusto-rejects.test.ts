/**
 * Published queries Kusto itself rejects (a column the table does not have, a keyword used as a name): the engine
 * must reject them too, with Kusto's diagnostic code and the offending name, never answer them. They are kept out of
 * the published-queries count (see queries-twelfth.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { Workspace } from "@/lib/dataset/workspace";
import { KqlSemanticError } from "@/lib/engine/errors";
import { runQuery } from "@/lib/engine/run-query";
import { simulate } from "@/lib/simulator";
import { PUBLISHED_TWELFTH, PUBLISHED_TWELFTH_KUSTO_REJECTS } from "./published/queries-twelfth";

const TO = new Date("2026-11-20T15:00:00Z");
const FROM = new Date(TO.getTime() - 10 * 60_000);

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
  simulate({ config: loadConfigFile("config/demo.json"), scenarios: "demo", from: FROM, to: TO, seed: 7, sink: ws });
}, 60_000);

describe("published queries Kusto rejects are rejected with Kusto's code, naming what is wrong", () => {
  for (const q of PUBLISHED_TWELFTH_KUSTO_REJECTS) {
    it(`${q.name}: ${q.code} near '${q.near}'`, () => {
      let error: unknown;
      try {
        runQuery(ws, q.query, { timespan: { from: FROM, to: TO }, asOf: TO });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KqlSemanticError);
      expect((error as KqlSemanticError).code).toBe(q.code);
      expect((error as KqlSemanticError).message).toContain(`'${q.near}'`);
      expect(q.query.slice((error as KqlSemanticError).position)).toMatch(new RegExp(`^${q.near}\\b`));
    });
  }

  it("each has its source, and none is a runnable set's query", () => {
    expect(PUBLISHED_TWELFTH_KUSTO_REJECTS.length).toBeGreaterThanOrEqual(5);
    const runnable = new Set(PUBLISHED_TWELFTH.map((q) => q.query));
    for (const q of PUBLISHED_TWELFTH_KUSTO_REJECTS) {
      expect(q.source.length, q.name).toBeGreaterThan(10);
      expect(runnable.has(q.query), q.name).toBe(false);
    }
  });
});
