import { Workspace } from "@/lib/dataset/workspace";
import { runQuery, KqlUnsupportedError } from "@/lib/engine";

/** Runs a query over an empty workspace at a fixed moment (tests of scalar and literal rules). */
export const runAtNoon = (q: string) => runQuery(new Workspace(), q, { asOf: new Date("2026-01-01T12:00:00Z") });

/** The constructs a query is refused for, joined; the error when it fails otherwise; "ran" when it runs. */
export function refusal(q: string): string {
  try {
    runAtNoon(q);
  } catch (e) {
    if (e instanceof KqlUnsupportedError) return e.constructs.map((c) => c.construct).join("; ");
    return `not a refusal: ${(e as Error).constructor.name} ${(e as Error).message}`;
  }
  return "ran";
}
