/** `evaluate` plugins by name, each in its own file (bag_unpack lives in evaluate.ts). */
import { ACTIVITY_PLUGINS } from "./activity";
import { IP_LOOKUP_PLUGINS } from "./ip-lookup";
import { ROW_PLUGINS } from "./rows";
import { pivot } from "./pivot";
import type { Plugin } from "./types";

export const PLUGINS: Record<string, Plugin> = {
  ...IP_LOOKUP_PLUGINS,
  ...ACTIVITY_PLUGINS,
  ...ROW_PLUGINS,
  pivot,
};

/** Why some plugins stay refused, named in the refusal (the others are simply not implemented). */
export const PLUGIN_REFUSALS: Record<string, string> = {
  activity_metrics: "its first window's retention and churn rates are NaN, which this engine does not represent",
  dcount_intersect: "it intersects hll() sketches, whose estimates this engine does not reproduce",
  http_request: "the embedded engine has no network access",
  http_request_post: "the embedded engine has no network access",
};
