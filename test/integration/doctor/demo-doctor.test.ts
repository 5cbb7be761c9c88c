import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/load";
import { doctor } from "@/lib/wiring/doctor";
import { doctorSummary, formatDoctorReport } from "@/lib/doctor/doctor";
import { absentTableSeverity } from "@/lib/doctor/checks";
import { TABLE_SCHEMAS } from "@/lib/telemetry/schemas";

/** The doctor on the stock demo (config/demo.json, the 30-day month), as a newcomer first sees it. */
describe("doctor on the embedded demo", () => {
  it("calls absent optional tables optional, says what they would add, and shows no analyzer text", async () => {
    const config = parseConfig(JSON.parse(readFileSync("config/demo.json", "utf8")));
    const report = await doctor(config, new Date());
    expect(report.ok).toBe(true);
    const optional = report.checks.filter((c) => c.status === "optional");
    // Every optional table is either present (ok) or called optional: never warn or fail.
    const optionalIds = Object.keys(TABLE_SCHEMAS)
      .filter((t) => absentTableSeverity(t, config).status === "optional")
      .map((t) => `table-${t}`);
    for (const id of optionalIds) expect(["ok", "optional"]).toContain(report.checks.find((c) => c.id === id)?.status);
    expect(optional.map((c) => c.id).every((id) => optionalIds.includes(id))).toBe(true);
    for (const c of optional) expect(c.detail).toMatch(/^optional, not in this workspace; it would add \w/);
    // No raw analyzer codes (KS204 "does not refer to any known table") anywhere a user reads.
    const text = formatDoctorReport(report);
    expect(text).not.toMatch(/KS\d{3}/);
    expect(report.checks.filter((c) => c.status === "warn")).toEqual([]);
    const summary = doctorSummary(report);
    expect(summary).toMatch(
      optional.length
        ? new RegExp(`^Every required table, column and recent row is present; ${optional.length} optional table\\(s\\) absent, which no panel needs`)
        : /^Every required table, column and recent row is present/,
    );
    expect(text).toContain(summary);
  }, 180_000);
});
