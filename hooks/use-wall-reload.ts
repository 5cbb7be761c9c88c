"use client";

import { useEffect } from "react";
import { reloadDecision } from "@/lib/wall/reload";

/**
 * Full page reload every `reloadMs` as a last resort against leaks in the browser itself. It waits
 * for /api/health to answer first, so a reload never swaps the last good picture for an error page.
 */
export function useWallReload(reloadMs: number) {
  useEffect(() => {
    if (reloadMs <= 0) return;
    const loadedAtMs = Date.now();
    let checking = false;
    const id = window.setInterval(
      async () => {
        if (checking) return;
        if (reloadDecision({ nowMs: Date.now(), loadedAtMs, reloadMs, serverHealthy: null }) === "wait") return;
        checking = true;
        let healthy = false;
        try {
          healthy = (await fetch("/api/health", { cache: "no-store", signal: AbortSignal.timeout(10_000) })).ok;
        } catch {
          healthy = false;
        }
        checking = false;
        if (reloadDecision({ nowMs: Date.now(), loadedAtMs, reloadMs, serverHealthy: healthy }) === "reload") window.location.reload();
      },
      Math.min(30_000, Math.max(1_000, reloadMs / 4)),
    );
    return () => window.clearInterval(id);
  }, [reloadMs]);
}
