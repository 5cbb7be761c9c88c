import { z } from "zod";
import { configSchema } from "./schema";

/** JSON Schema of the configuration file, derived from the zod schema (the input shape: defaults are optional). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    title: "active-active-dashboard configuration",
  };
}
