import { getConfigState } from "./lib/config/runtime";
import { markDraining } from "./lib/health/readiness";
import { readEnv } from "./lib/env";
import { sharedTier } from "./lib/shared-tier";
import { warmUpEmbedded } from "./lib/wiring/source";

const state = getConfigState();
if (!state.ok) {
  console.error(state.error);
  process.exit(1);
}
// A bad REDIS_URL stops start-up like a bad configuration (the error names the variable);
// an unreachable Redis does not: the replica serves alone until it answers.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  try {
    sharedTier();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

// Next's own SIGTERM handler (server.js and `next start`) stops accepting connections, lets in-flight
// requests finish, then exits 143. This one only turns /api/ready to 503 at once, for an orchestrator
// that still probes while the replica drains. (With NEXT_MANUAL_SIG_HANDLE set Next would not exit.)
if (process.env.NEXT_PHASE !== "phase-production-build") {
  process.once("SIGTERM", () => {
    markDraining();
    console.log("SIGTERM: draining in-flight requests, then exiting");
  });
}

// Build the embedded workspace during start-up rather than inside the first request, and before
// the server answers anything: a server that answers /api/health is one that can serve data. Not
// during `next build`, which also loads this file.
if (process.env.NEXT_PHASE !== "phase-production-build" && readEnv().DASHBOARD_WARM_UP === "1") {
  try {
    warmUpEmbedded(state.config); // logs "embedded workspace ready: …"
  } catch (err) {
    // The first request builds it again and reports the error there; start-up must not die of it.
    console.error(`embedded workspace warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
