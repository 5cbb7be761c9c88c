import { z } from "zod";

const envSchema = z.object({
  DASHBOARD_CONFIG: z.string().min(1).default("config/demo.json"),
  DASHBOARD_AS_OF: z.iso.datetime({ offset: true }).optional().describe("freeze the embedded clock (tests, replays)"),
});

export type DashboardEnv = z.infer<typeof envSchema>;

/** Validated environment; call once per request, never `process.env.X!`. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): DashboardEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
