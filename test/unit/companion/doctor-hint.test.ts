import { expect, it } from "vitest";
import { loadConfigFile } from "@/lib/config/load";
import { dataChecks } from "@/lib/doctor/checks";
import { missingTableWarning } from "@/lib/telemetry/remedies";

it("the doctor offers the companion wherever custom telemetry is missing, and only there", () => {
  const checks = dataChecks(loadConfigFile("config/demo.json"));
  const custom = checks.filter((c) => c.table === "AppMetrics" || c.table === "AppEvents");
  expect(custom.map((c) => c.id).sort()).toEqual(["canary-lag", "conflict-depth", "failover-drills"]);
  for (const c of custom) expect(c.remedy, c.id).toMatch(/companion\/README\.md/);
  for (const c of checks.filter((x) => !custom.includes(x))) expect(c.remedy, c.id).not.toMatch(/companion/);
  expect(missingTableWarning("AppMetrics")).toMatch(/companion\/README\.md/);
  expect(missingTableWarning("AzureDiagnostics")).not.toMatch(/companion/);
});
