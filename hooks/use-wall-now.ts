"use client";

import { useEffect, useState } from "react";

/**
 * The browser's clock, ticking every `tickMs`. Null until mounted: server render and hydration
 * never read the time, so the first paint matches and the clock appears on the first tick.
 */
export function useWallNow(tickMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, tickMs);
    return () => window.clearInterval(id);
  }, [tickMs]);
  return now;
}
