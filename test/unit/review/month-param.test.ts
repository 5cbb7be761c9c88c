import { describe, expect, it } from "vitest";
import { parseMonthParam } from "@/lib/review/month-param";

const NOW = new Date("2026-11-22T10:00:00Z");

describe("parseMonthParam", () => {
  it("defaults to the last complete month", () => {
    expect(parseMonthParam(undefined, NOW)).toEqual({ ok: true, value: "2026-10" });
    expect(parseMonthParam("", NOW)).toEqual({ ok: true, value: "2026-10" });
  });

  it("accepts past months and the current one", () => {
    expect(parseMonthParam("2025-01", NOW)).toEqual({ ok: true, value: "2025-01" });
    expect(parseMonthParam("2026-11", NOW)).toEqual({ ok: true, value: "2026-11" });
  });

  it.each([
    ["2026-13", "no month 13"],
    ["2026-00", "no month 00"],
    ["2026-1", "not a month in the form YYYY-MM"],
    ["october", "not a month in the form YYYY-MM"],
    ["2026-12", "in the future"],
    ["1999-12", "before 2000"],
  ])("%s is a 400 naming the parameter and what is allowed", (value, message) => {
    const r = parseMonthParam(value, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe("month");
    expect(r.error.message).toContain(message);
    expect(r.error.allowed).toContain("YYYY-MM");
    expect(r.error.allowed).toContain("2026-11");
  });

  it("a repeated month is an error, not first-wins", () => {
    const r = parseMonthParam(["2026-10", "2026-09"], NOW);
    expect(r.ok).toBe(false);
  });
});
