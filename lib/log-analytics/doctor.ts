import type { DashboardConfig } from "../config/schema";
import { TABLE_SCHEMAS } from "../telemetry/schemas";
import type { LogsSource, QueryWindow } from "../workspace/types";
import { dataChecks, OPTIONAL_TABLES, type DataCheck } from "./doctor-checks";
import { TABLE_REMEDIES } from "./remedies";

export type CheckStatus = "ok" | "warn" | "fail";

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  /** The exact setting or telemetry to enable; absent when the check passed. */
  remedy?: string;
}

export interface DoctorReport {
  source: "embedded" | "azure";
  /** What was checked, e.g. the workspace ids, or a note that the embedded workspace stood in. */
  target: string;
  checkedAt: string;
  checks: CheckResult[];
  ok: boolean;
}

export interface DoctorInput {
  config: DashboardConfig;
  source: LogsSource;
  now: Date;
  /** Azure only: obtains a token, throwing with the credential chain's explanation when none works. */
  checkCredential?: () => Promise<void>;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const hoursBefore = (now: Date, hours: number): QueryWindow => ({ from: new Date(now.getTime() - hours * 3_600_000), to: now });

async function tableCheck(input: DoctorInput, table: string): Promise<CheckResult> {
  const base = { id: `table-${table}`, title: `Table ${table} with the contract columns` };
  const absent: CheckStatus = OPTIONAL_TABLES.has(table) ? "warn" : "fail";
  try {
    const result = await input.source.query(`${table} | take 1`, hoursBefore(input.now, 24 * 30));
    if (result.table.columns.length === 0) {
      return { ...base, status: absent, detail: result.warnings.join(" ") || "the table is not in the workspace", remedy: TABLE_REMEDIES[table] };
    }
    const present = new Set(result.table.columns.map((c) => c.name));
    const missing = TABLE_SCHEMAS[table].filter((c) => !present.has(c.name)).map((c) => c.name);
    if (missing.length === 0) return { ...base, status: "ok", detail: `all ${TABLE_SCHEMAS[table].length} columns present` };
    // AzureDiagnostics grows a column only once a category writes it; missing ones mean a category is off.
    return { ...base, status: "warn", detail: `missing column(s): ${missing.join(", ")}`, remedy: TABLE_REMEDIES[table] };
  } catch (err) {
    return { ...base, status: absent, detail: message(err), remedy: TABLE_REMEDIES[table] };
  }
}

async function dataCheck(input: DoctorInput, check: DataCheck): Promise<CheckResult> {
  const base = { id: check.id, title: check.title };
  const within = check.withinHours >= 48 ? `${Math.round(check.withinHours / 24)} days` : `${check.withinHours} h`;
  try {
    const result = await input.source.query(check.kql, hoursBefore(input.now, check.withinHours));
    const row = result.table.rows[0] ?? [];
    const col = (name: string) => result.table.columns.findIndex((c) => c.name === name);
    const rows = Number(row[col("rows")] ?? 0);
    const newest = row[col("newest")];
    if (rows > 0) {
      return { ...base, status: result.partial ? "warn" : "ok", detail: `${rows} row(s) in the last ${within}, newest ${String(newest)}${result.partial ? `; ${result.warnings.join(" ")}` : ""}` };
    }
    return { ...base, status: check.ifMissing, detail: `no rows in the last ${within}${result.warnings.length ? `: ${result.warnings.join(" ")}` : ""}`, remedy: check.remedy };
  } catch (err) {
    return { ...base, status: check.ifMissing, detail: message(err), remedy: check.remedy };
  }
}

/** Checks that the workspace holds every table, column and recent row the dashboard's signals need. */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const ws = input.config.workspaces;
  const target = ws
    ? `Log Analytics workspace(s) ${ws.ids.join(", ")} at ${ws.endpoint}`
    : "the embedded workspace (no `workspaces` in the configuration, so the same checks run against the simulated data)";
  const checks: CheckResult[] = [];
  if (input.checkCredential) {
    try {
      await input.checkCredential();
      checks.push({ id: "credential", title: "Azure credential", status: "ok", detail: "a token for the Log Analytics API was obtained" });
    } catch (err) {
      checks.push({
        id: "credential",
        title: "Azure credential",
        status: "fail",
        detail: message(err),
        remedy: "Give the app a managed identity or workload identity (or run `az login` locally) with the Log Analytics Reader role on the workspace; set workspaces.tenantId for a guest tenant.",
      });
      return { source: input.source.kind, target, checkedAt: input.now.toISOString(), checks, ok: false };
    }
  }
  const tables = await Promise.all(Object.keys(TABLE_SCHEMAS).map((t) => tableCheck(input, t)));
  const data = await Promise.all(dataChecks(input.config).map((c) => dataCheck(input, c)));
  checks.push(...tables, ...data);
  return { source: input.source.kind, target, checkedAt: input.now.toISOString(), checks, ok: checks.every((c) => c.status !== "fail") };
}

/** Plain-text rendering for the terminal. */
export function formatDoctorReport(report: DoctorReport): string {
  const mark: Record<CheckStatus, string> = { ok: "ok  ", warn: "WARN", fail: "FAIL" };
  const lines = [`Checking ${report.target}`, ""];
  for (const c of report.checks) {
    lines.push(`${mark[c.status]}  ${c.title}: ${c.detail}`);
    if (c.remedy) lines.push(`      → ${c.remedy}`);
  }
  const failed = report.checks.filter((c) => c.status === "fail").length;
  const warned = report.checks.filter((c) => c.status === "warn").length;
  lines.push("", report.ok ? `All required data present (${warned} warning(s)).` : `${failed} check(s) failed, ${warned} warning(s).`);
  return lines.join("\n");
}
