import type { DashboardConfig } from "../config/schema";
import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

export const regionAllowed = (config: Pick<DashboardConfig, "regions">): string =>
  `one of the configured region ids: ${config.regions.map((r) => r.id).join(", ")}`;

/** `region`: one configured region id, or undefined when absent (all regions). */
export function parseRegion(
  raw: RawParam,
  config: Pick<DashboardConfig, "regions">,
  parameter = "region",
): ParamResult<string | undefined> {
  const allowed = regionAllowed(config);
  const value = single(parameter, raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok(undefined);
  const region = config.regions.find((r) => r.id === value.value);
  if (!region) return fail(parameter, `${quote(value.value)} is not a configured region`, allowed);
  return ok(region.id);
}
