import { z } from "zod";
import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

/**
 * Incident ids are opaque tokens made by the incident signal (e.g. `uksouth-2026-01-31T08:00:00Z`):
 * letters, digits and `. _ : -`, 1 to 128 characters. Never KQL; matched against computed incidents.
 */
export const incidentIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/);
export const INCIDENT_ID_ALLOWED = "1 to 128 characters from A-Z a-z 0-9 . _ : -";

export function parseIncidentId(raw: RawParam, parameter = "id"): ParamResult<string> {
  const value = single(parameter, raw, INCIDENT_ID_ALLOWED);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return fail(parameter, "missing", INCIDENT_ID_ALLOWED);
  if (!incidentIdSchema.safeParse(value.value).success) {
    return fail(parameter, `${quote(value.value)} is not an incident id`, INCIDENT_ID_ALLOWED);
  }
  return ok(value.value);
}
