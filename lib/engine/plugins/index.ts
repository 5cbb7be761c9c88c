/** `evaluate` plugins by name, each in its own file (bag_unpack lives in evaluate.ts). */
import { ACTIVITY_PLUGINS } from "./activity";
import { IP_LOOKUP_PLUGINS } from "./ip-lookup";
import { ROW_PLUGINS } from "./rows";
import type { Plugin } from "./types";

export const PLUGINS: Record<string, Plugin> = {
  ...IP_LOOKUP_PLUGINS,
  ...ACTIVITY_PLUGINS,
  ...ROW_PLUGINS,
};
