import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLiveView } from "@/lib/catalog/live-view";
import { parseViewQuery } from "@/lib/params";
import { ROOT, sourceFiles } from "../architecture/imports";

const now = new Date("2026-03-01T12:00:00.000Z");
const config = { regions: [{ id: "uksouth" }, { id: "westeurope" }] } as Parameters<typeof parseViewQuery>[1]["config"];

function view(query: string) {
  const parsed = parseViewQuery(new URLSearchParams(query), { config, now });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe("isLiveView: no `at` and a window ending now", () => {
  it("is live for a preset range without `at`", () => {
    expect(isLiveView(view("range=1h"), now)).toBe(true);
    expect(isLiveView(view(""), now)).toBe(true);
  });

  it("is a replay when `at` is given, even when `at` is now", () => {
    expect(isLiveView(view("range=1h&at=2026-03-01T11:00:00Z"), now)).toBe(false);
    expect(isLiveView(view(`range=1h&at=${now.toISOString()}`), now)).toBe(false);
  });

  it("is live for from/to ending now to the millisecond, a replay for a window ending earlier", () => {
    expect(isLiveView(view(`from=2026-03-01T10:00:00Z&to=${now.toISOString()}`), now)).toBe(true);
    expect(isLiveView(view("from=2026-03-01T10:00:00Z&to=2026-03-01T11:59:59.999Z"), now)).toBe(false);
  });

  it("compares with the `now` it is given (the frozen embedded clock), not the wall clock", () => {
    const later = new Date(now.getTime() + 1);
    expect(isLiveView(view("range=1h"), later)).toBe(false);
  });

  // The three pages each spelt the rule out before calling withRecording; one of them may drift again.
  it("is the only place under app/ and lib/catalog/ that decides it", () => {
    const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
    const spelt = /asOf\s*===\s*undefined\s*&&|!\s*[\w.]*asOf\s*&&\s*[\w.]*range\.to/;
    const offenders = [...sourceFiles("app"), ...sourceFiles("lib/catalog")]
      .filter((f) => !f.endsWith("live-view.ts") && spelt.test(read(f)));
    expect(offenders).toEqual([]);
    const callers = sourceFiles("app").filter((f) => /withRecording\(/.test(read(f)));
    expect(callers.length).toBeGreaterThanOrEqual(3);
    for (const f of callers) expect(read(f), f).toContain("isLiveView(");
  });
});
