import type { DashboardConfig } from "../config/schema";
import { getSource } from "../workspace/source";
import { checkCredential } from "./connect";
import { runDoctor, type DoctorReport } from "./doctor";

/** The doctor against what the app would query: the configured workspaces, or the embedded workspace. */
export function doctor(config: DashboardConfig, now: Date): Promise<DoctorReport> {
  const workspaces = config.workspaces;
  return runDoctor({
    config,
    source: getSource(config),
    now,
    checkCredential: workspaces ? () => checkCredential(workspaces) : undefined,
  });
}
