import type { DashboardConfig } from "@/lib/config/schema";
import { portalLogsLink } from "@/lib/kql/portal-link";
import { fail, ok, quote, single, type ParamResult, type RawParam } from "@/lib/params/result";
import { alertRules } from "./index";
import { conditionText, scheduleText } from "./listing";
import { queryRangeMinutes } from "./types";

/** One generated rule as the /alerts page shows it: plain data, every sentence already written. */
export interface AlertRuleView {
  name: string;
  signal: string;
  displayName: string;
  description: string;
  severity: number;
  condition: string;
  schedule: string;
  rationale: string;
  kql: string;
  /** Opens the rule's query over its time range ending now; null without a configured workspace. */
  portalLink: string | null;
}

export function alertRuleViews(config: DashboardConfig, now: Date, signal?: string): AlertRuleView[] {
  const ws = config.workspaces;
  return alertRules(config)
    .filter((r) => signal === undefined || r.signal === signal)
    .map((r) => ({
      name: r.name,
      signal: r.signal,
      displayName: r.displayName,
      description: r.description,
      severity: r.severity,
      condition: conditionText(r),
      schedule: scheduleText(r),
      rationale: r.rationale,
      kql: r.kql,
      portalLink: ws?.resourceId
        ? portalLogsLink({ portalUrl: ws.portalUrl, workspaceResourceId: ws.resourceId, tenantId: ws.tenantId }, r.kql, { from: new Date(now.getTime() - queryRangeMinutes(r) * 60_000), to: now })
        : null,
    }));
}

/** `signal`: a signal key that has alert rules, or undefined (every rule). */
export function parseAlertSignal(raw: RawParam, config: DashboardConfig): ParamResult<string | undefined> {
  const keys = [...new Set(alertRules(config).map((r) => r.signal))];
  const allowed = `one of ${keys.join(", ")}`;
  const value = single("signal", raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(undefined);
  if (!keys.includes(value.value)) return fail("signal", `${quote(value.value)} has no alert rules`, allowed);
  return ok(value.value);
}
