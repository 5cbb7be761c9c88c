import { fail, ok, quote, single, type ParamResult, type RawParam } from "@/lib/params/result";
import { SIGNAL_MODULES, type SignalRegistry } from "@/lib/signals";
import type { SignalKey } from "@/lib/snapshot/types";

/** What a signal parameter allows: the registry's keys. */
export const signalAllowed = (registry: SignalRegistry = SIGNAL_MODULES) => `one of ${registry.map((m) => m.key).join(", ")}`;

/** One signal key (path segment `/signals/[key]` or `?signal=`), one of the registry's; required. */
export function parseSignalName(raw: RawParam, parameter = "signal", registry: SignalRegistry = SIGNAL_MODULES): ParamResult<SignalKey> {
  const allowed = signalAllowed(registry);
  const value = single(parameter, raw, allowed);
  if (!value.ok) return value;
  if (value.value === undefined || value.value === "") return fail(parameter, "missing", allowed);
  const name = value.value;
  if (!registry.some((m) => m.key === name)) return fail(parameter, `${quote(name)} is not a signal`, allowed);
  return ok(name as SignalKey);
}
