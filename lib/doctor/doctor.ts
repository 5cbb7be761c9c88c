import type { DashboardConfig } from "../config/schema";
import type { SignalRegistry } from "../signals";
import { TABLE_SCHEMAS } from "../telemetry/schemas";
import type { LogsSource, QueryWindow } from "../workspace/types";
import { absentTableSeverity, dataChecks, OPTIONAL_TABLE_ADDS, type DataCheck } from "./checks";
import { TABLE_REMEDIES } from "../telemetry/remedies";

/** "optional": an optional table is absent; nothing the dashboard needs is missing, so it is not a warning. */
export type CheckStatus = "ok" | "warn" | "fail" | "optional";

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  /** The exact setting or telemetry to enable; absent when the check passed. */
  remedy?: string;
  /** Data checks: the signals that read this feed (they show NO DATA without it). */
  signals?: string[];
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
  /** The signals whose telemetry is checked; the real registry unless a test passes its own. */
  registry?: SignalRegistry;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
const hoursBefore = (now: Date, hours: number): QueryWindow => ({ from: new Date(now.getTime() - hours * 3_600_000), to: now });

async function tableCheck(input: DoctorInput, table: string): Promise<CheckResult> {
  const base = { id: `table-${table}`, title: `Table ${table} with the contract columns` };
  // The contract's severity of the feeds read from this table (one source of truth with the data
  // checks); an absent table is said by what goes unseen, not by the analyzer's "unknown table" text.
  const absent = (detail: string): CheckResult => {
    const severity = absentTableSeverity(table, input.config, input.registry);
    if (severity.status === "optional") {
      const adds = OPTIONAL_TABLE_ADDS[table] ?? "data no panel of this configuration reads";
      return { ...base, status: "optional", detail: `optional, not in this workspace; it would add ${adds}`, remedy: TABLE_REMEDIES[table] };
    }
    const facts = severity.status === "warn" && severity.facts.length > 0 ? severity.facts.join(" ") : detail;
    return { ...base, status: severity.status, detail: facts, remedy: TABLE_REMEDIES[table] };
  };
  try {
    const result = await input.source.query(`${table} | take 1`, hoursBefore(input.now, 24 * 30));
    if (result.table.columns.length === 0) return absent(result.warnings.join(" ") || "the table is not in the workspace");
    const present = new Set(result.table.columns.map((c) => c.name));
    const missing = TABLE_SCHEMAS[table].filter((c) => !present.has(c.name)).map((c) => c.name);
    if (missing.length === 0) return { ...base, status: "ok", detail: `all ${TABLE_SCHEMAS[table].length} columns present` };
    // AzureDiagnostics grows a column only once a category writes it; missing ones mean a category is off.
    return { ...base, status: "warn", detail: `missing column(s): ${missing.join(", ")}`, remedy: TABLE_REMEDIES[table] };
  } catch (err) {
    return absent(message(err));
  }
}

async function dataCheck(input: DoctorInput, check: DataCheck): Promise<CheckResult> {
  const base = { id: check.id, title: check.title, signals: check.signals };
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
    : // Plain text: the /doctor page shows it as it is (backticks were printed literally there).
      'the embedded workspace (the configuration has no "workspaces" section, so the same checks run against the simulated data)';
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
  const data = await Promise.all(dataChecks(input.config, input.registry).map((c) => dataCheck(input, c)));
  checks.push(...tables, ...data);
  return { source: input.source.kind, target, checkedAt: input.now.toISOString(), checks, ok: checks.every((c) => c.status !== "fail") };
}

/** One sentence for the page and the terminal: what is missing, and that optional tables are only optional. */
export function doctorSummary(report: DoctorReport): string {
  const count = (status: CheckStatus) => report.checks.filter((c) => c.status === status).length;
  const optional = count("optional");
  const absentOptional = optional ? `; ${optional} optional table(s) absent, which no panel needs (each says what it would add)` : "";
  if (!report.ok) return `${count("fail")} check(s) failed: some required data is missing${absentOptional}.`;
  return `Every required table, column and recent row is present${absentOptional}.`;
}

/** Plain-text rendering for the terminal. */
export function formatDoctorReport(report: DoctorReport): string {
  const mark: Record<CheckStatus, string> = { ok: "ok  ", warn: "WARN", fail: "FAIL", optional: "opt " };
  const lines = [`Checking ${report.target}`, ""];
  for (const c of report.checks) {
    lines.push(`${mark[c.status]}  ${c.title}: ${c.detail}${c.signals && c.status !== "ok" ? ` (read by: ${c.signals.join(", ")})` : ""}`);
    if (c.remedy) lines.push(`      → ${c.remedy}`);
  }
  const failed = report.checks.filter((c) => c.status === "fail").length;
  const warned = report.checks.filter((c) => c.status === "warn").length;
  lines.push("", `${doctorSummary(report)}${failed ? "" : ` (${warned} warning(s))`}`);
  return lines.join("\n");
}
