import { z } from "zod";
import { fail, ok, quote, single, type ParamResult, type RawParam } from "./result";

/** The signals of the snapshot (`Snapshot.signals` keys, shared/SIGNALS.md section 3). */
export const SIGNAL_NAMES = ["regions", "replication", "conflicts", "originHealth", "incidents", "splitBrain", "availability"] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];
export const signalNameSchema = z.enum(SIGNAL_NAMES);

export const SIGNAL_ALLOWED = `one of ${SIGNAL_NAMES.join(", ")}`;

/** One signal name (path segment `/signals/[name]` or `?signal=`); required. */
export function parseSignalName(raw: RawParam, parameter = "signal"): ParamResult<SignalName> {
  const value = single(parameter, raw, SIGNAL_ALLOWED);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return fail(parameter, "missing", SIGNAL_ALLOWED);
  const parsed = signalNameSchema.safeParse(value.value);
  if (!parsed.success) return fail(parameter, `${quote(value.value)} is not a signal`, SIGNAL_ALLOWED);
  return ok(parsed.data);
}

/** `signals=a,b`: a comma-separated subset; absent means all, in catalog order. */
export function parseSignalNames(raw: RawParam, parameter = "signals"): ParamResult<SignalName[]> {
  const value = single(parameter, raw, `comma-separated, each ${SIGNAL_ALLOWED}`);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return ok([...SIGNAL_NAMES]);
  const names = new Set<SignalName>();
  for (const part of value.value.split(",")) {
    const one = parseSignalName(part.trim(), parameter);
    if (!one.ok) return fail(parameter, one.error.message, `comma-separated, each ${SIGNAL_ALLOWED}`);
    names.add(one.value);
  }
  return ok(SIGNAL_NAMES.filter((n) => names.has(n)));
}
