/**
 * Can this process serve at all? One answer for start-up (instrumentation stops the server on a
 * problem) and /api/health: a server whose configuration, environment secrets or embedded dataset is
 * broken must say so with the reason, never answer "ok" and then 500 or 502. (readiness.ts is the
 * per-probe "could show data now" of /api/ready, draining included.)
 */
import { getConfigState } from "../config/runtime";
import { closestName } from "../config/closest-name";
import { ENV_VARS, readEnv } from "../env";
import { embeddedFailure } from "./source";

export interface Problem {
  /** What is broken: `config`, `environment` or `dataset`. */
  area: "config" | "environment" | "dataset";
  message: string;
}

export interface StartupCheck {
  ok: boolean;
  problems: Problem[];
}

/**
 * Checks configuration, environment and the embedded workspace. A dataset is reported once a build
 * failed (start-up builds it first: `warmUpEmbedded`), so the check stays cheap enough for every
 * health probe, and the failed build is remembered, not retried per request.
 */
export function checkStartup(opts: { env?: NodeJS.ProcessEnv } = {}): StartupCheck {
  const problems: Problem[] = [];
  const state = getConfigState();
  if (!state.ok) problems.push({ area: "config", message: state.error });
  let env: ReturnType<typeof readEnv> | undefined;
  try {
    env = readEnv(opts.env);
  } catch (err) {
    problems.push({ area: "environment", message: err instanceof Error ? err.message : String(err) });
  }
  if (state.ok && env && state.config.auth?.enabled) {
    const missing = (["NEXTAUTH_SECRET", "AUTH_ENTRA_CLIENT_SECRET"] as const).filter((name) => !env[name]);
    if (missing.length) problems.push({ area: "environment", message: `sign-in is on but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set` });
  }
  const failed = state.ok ? embeddedFailure() : undefined;
  if (failed) problems.push({ area: "dataset", message: failed });
  return { ok: problems.length === 0, problems };
}

/** Prefixes of the dashboard's own variables: anything else under them is a misspelling. */
const OWN_PREFIXES = ["DASHBOARD_", "RATE_LIMIT_", "PAGE_CACHE_", "KIOSK_"];

/**
 * Warnings for variables under the dashboard's own prefixes that it does not read: `PAGE_CACHE_SECOND=0`
 * or `DASHBOARD_CONFG=prod.json` were ignored in silence, the default served instead.
 */
export function unknownVariableWarnings(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const known = ENV_VARS.map((v) => v.name);
  return Object.keys(env)
    .filter((name) => OWN_PREFIXES.some((p) => name.startsWith(p)) && !known.includes(name))
    .sort()
    .map((name) => {
      const near = closestName(name, known);
      return `warning: environment variable ${name} is not one the dashboard reads, so it is ignored${near ? ` (did you mean ${near}?)` : ""}`;
    });
}

/** Absolute file paths cut to their file name: what a kiosk screen or an outsider may see of an error. */
export function redactPaths(text: string): string {
  return text.replace(/(?:[A-Za-z]:)?(?:[\\/][^\\/\s:"'`,;()]+){2,}/g, (full) => `…/${full.split(/[\\/]/).filter(Boolean).at(-1)}`);
}
