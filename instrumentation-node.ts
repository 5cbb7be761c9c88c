import { getConfigState } from "./lib/config/runtime";
import { readEnv } from "./lib/env";
import http from "node:http";
import { markDraining } from "./lib/health/readiness";
import { checkStartup, unknownVariableWarnings } from "./lib/wiring/startup";
import { sharedTier } from "./lib/shared-tier";
import { warmUpEmbedded } from "./lib/wiring/source";
import { startRequestsOnePerTurn } from "./lib/wiring/request-turns";
import { renderAdmission } from "./lib/wiring/render-admission";
import { answerUnroutableMethod } from "./lib/security/unroutable-method";
import { answerRequestTarget } from "./lib/security/request-target";
import { answerClientErrors } from "./lib/security/client-error";
import { presetStaticSecurityHeaders } from "./lib/security/headers";
import { getHeapStatistics } from "node:v8";

/**
 * Start-up refuses a server that could only answer errors: a broken configuration, a bad secret in
 * the environment (e.g. a too-short NEXTAUTH_SECRET, which would otherwise make every route 500), a
 * bad REDIS_URL or, when the workspace is built here, a malformed dataset line (named by file and
 * line). An unreachable Redis does not stop it: the replica serves alone until it answers. The
 * embedded workspace is built before the server answers anything, so a server that answers
 * /api/health can serve data. Not during `next build`, which also loads this file.
 */
export async function startUp(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const state = getConfigState();
  // The request queue (request-turns.ts) and the render cap for renders outside the page cache
  // (render-admission.ts) must see every request before Next does. Next created its http.Server
  // before this runs (`next start` and server.js alike: start-server.js creates and listens, then
  // loads this file) and exposes no handle to it, and the image runs Next's own server.js, not a
  // custom server (a custom server would replace what the standalone output ships and tests). Node's
  // diagnostics_channel 'http.server.request.start' sees each request but cannot delay it. So the
  // queue goes on http.Server.prototype, which every server of this process shares; this process
  // runs only Next's server (the query worker is a process of its own).
  // A TRACE is answered (405) here first: Next cannot build a Request for it and would answer 500
  // (lib/security/unroutable-method.ts), and so is a request target that is not a path (`OPTIONS *`,
  // which Next answered 500; lib/security/request-target.ts). The static security headers are set here too, for the
  // answers Next gives before its headers() step (trailing-slash redirects).
  // What Node's own parser refuses (headers over its limit, an unknown method) gets a sentence and the
  // security headers instead of a bare status line (lib/security/client-error.ts).
  answerClientErrors(http.Server.prototype as never);
  const renders = renderAdmission(pageCacheSeconds());
  startRequestsOnePerTurn(http.Server.prototype, setImmediate, (req, res) => {
    presetStaticSecurityHeaders(res);
    return answerRequestTarget(req, res) ?? answerUnroutableMethod(req, res) ?? renders(req, res);
  });
  // V8's heap_size_limit: old generation plus young (NODE_OPTIONS=--max-old-space-size sets it; the
  // query worker, a process of its own, keeps DASHBOARD_QUERY_WORKER_HEAP_MB whatever it says).
  console.error(`server heap limit: ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
  try {
    sharedTier();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
  // Next's own SIGTERM handler (server.js and `next start`) stops accepting connections, lets in-flight
  // requests finish, then exits 143. This one only turns /api/ready to 503 at once, for an orchestrator
  // that still probes while the replica drains. (With NEXT_MANUAL_SIG_HANDLE set Next would not exit.)
  process.once("SIGTERM", () => {
    markDraining();
    console.log("SIGTERM: draining in-flight requests, then exiting");
  });
  for (const warning of unknownVariableWarnings()) console.error(warning);
  if (state.ok && warmUpWanted()) await warmUpEmbedded(state.config);
  const startup = checkStartup();
  if (!startup.ok) {
    for (const p of startup.problems) console.error(`start-up refused (${p.area}): ${p.message}`);
    process.exit(1);
  }
}

function pageCacheSeconds(): number {
  try {
    return readEnv().PAGE_CACHE_SECONDS;
  } catch {
    return 0; // checkStartup reports the environment; meanwhile every page render is capped
  }
}

function warmUpWanted(): boolean {
  try {
    return readEnv().DASHBOARD_WARM_UP === "1";
  } catch {
    return false; // checkStartup reports the environment
  }
}
