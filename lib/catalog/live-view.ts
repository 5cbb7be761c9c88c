import type { ViewWindow } from "@/lib/params/search-params";

/**
 * A view is live when no `at` was given and its window ends at `now` (a preset range, or from/to
 * whose `to` is now to the millisecond). Live views share the current refresh bin's snapshot and
 * say "ago" in their recording note; anything else is a replay. The pages and /api/snapshot ask
 * this one function, so a page's first paint and the API answer never disagree about it.
 */
export function isLiveView(view: Pick<ViewWindow, "asOf" | "range">, now: Date): boolean {
  return view.asOf === undefined && view.range.to.getTime() === now.getTime();
}
