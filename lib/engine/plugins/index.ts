/** `evaluate` plugins by name, each in its own file (bag_unpack lives in evaluate.ts). */
import { ACTIVITY_PLUGINS } from "./activity";
import { ACTIVITY_METRICS_PLUGINS } from "./activity-metrics";
import { NEW_ACTIVITY_METRICS_PLUGINS } from "./new-activity-metrics";
import { DCOUNT_INTERSECT_PLUGINS } from "./dcount-intersect";
import { NARROW_PLUGINS } from "./narrow";
import { IP_LOOKUP_PLUGINS } from "./ip-lookup";
import { ROW_PLUGINS } from "./rows";
import { pivot } from "./pivot";
import { schemaMerge } from "./schema-merge";
import type { Plugin } from "./types";

export const PLUGINS: Record<string, Plugin> = {
  ...IP_LOOKUP_PLUGINS,
  ...ACTIVITY_PLUGINS,
  ...ACTIVITY_METRICS_PLUGINS,
  ...NEW_ACTIVITY_METRICS_PLUGINS,
  ...DCOUNT_INTERSECT_PLUGINS,
  ...NARROW_PLUGINS,
  ...ROW_PLUGINS,
  pivot,
  schema_merge: schemaMerge,
};

/** Why some plugins stay refused, named in the refusal (the others are simply not implemented). */
export const PLUGIN_REFUSALS: Record<string, string> = {
  http_request: "the embedded engine has no network access",
  http_request_post: "the embedded engine has no network access",
  // Read from their pages, whose examples end in charts: what each leaves open, so that an answer would be a guess.
  activity_engagement: "its page does not say how the outer window is aligned with each inner window, nor where the first window starts without Start",
  session_count: "its page defines a session only by an example chart: when one starts and ends over the bins and look-back window is not stated",
  python: "the embedded engine runs no sandboxed Python",
  r: "the embedded engine runs no sandboxed R",
};
