import path from "node:path";
import { readEnv } from "../env";
import { ConfigError, loadConfigFile } from "./load";
import type { DashboardConfig } from "./schema";

export type ConfigState =
  | { ok: true; file: string; config: DashboardConfig }
  | { ok: false; file: string; error: string };

let cached: ConfigState | undefined;

/** The process-wide configuration, loaded once from DASHBOARD_CONFIG (default config/demo.json). */
export function getConfigState(): ConfigState {
  if (cached) return cached;
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), readEnv().DASHBOARD_CONFIG);
  try {
    cached = { ok: true, file, config: loadConfigFile(file) };
  } catch (err) {
    cached = { ok: false, file, error: err instanceof ConfigError ? err.message : String(err) };
  }
  return cached;
}

export function getConfig(): DashboardConfig {
  const state = getConfigState();
  if (!state.ok) throw new Error(state.error);
  return state.config;
}

export function dataSourceKind(config: DashboardConfig): "embedded" | "azure" {
  return config.workspaces ? "azure" : "embedded";
}
