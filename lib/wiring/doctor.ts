import type { DashboardConfig } from "../config/schema";
import { readEnv } from "../env";
import { sharedTier } from "../shared-tier";
import { sharedTierCheck } from "../doctor/shared-tier-check";
import { getSource } from "./source";
import { checkCredential } from "../log-analytics/connect";
import { runDoctor, type DoctorReport } from "../doctor/doctor";

/** The doctor against what the app would query: the configured workspaces, or the embedded workspace. */
export async function doctor(config: DashboardConfig, now: Date): Promise<DoctorReport> {
  const workspaces = config.workspaces;
  const tier = sharedTier();
  // A fresh process (the CLI) is still connecting: give Redis a moment before judging it.
  await tier?.waitUntilShared(3000);
  const report = await runDoctor({
    config,
    source: getSource(config),
    now,
    checkCredential: workspaces ? () => checkCredential(workspaces) : undefined,
  });
  const env = readEnv();
  const checks = [...report.checks, sharedTierCheck(tier, { burst: env.RATE_LIMIT_BURST, perSecond: env.RATE_LIMIT_PER_SECOND })];
  return { ...report, checks, ok: checks.every((c) => c.status !== "fail") };
}
