import { z } from "zod";

const envSchema = z.object({
  DASHBOARD_CONFIG: z.string().min(1).default("config/demo.json"),
  DASHBOARD_AS_OF: z.iso.datetime({ offset: true }).optional().describe("freeze the embedded clock (tests, replays)"),
  DASHBOARD_WARM_UP: z.enum(["0", "1"]).default("1").describe("1: build the embedded workspace at start-up, not in the first request"),
  // Secrets: long random strings (openssl rand -base64 48); never sent to the browser.
  NEXTAUTH_SECRET: z.string().min(32, "at least 32 characters").optional().describe("encrypts the sign-in session cookie"),
  NEXTAUTH_URL: z.url().optional().describe("public URL of the dashboard, e.g. https://dash.contoso.com"),
  AUTH_ENTRA_CLIENT_SECRET: z.string().min(1).optional().describe("client secret of the Entra app registration"),
  KIOSK_SIGNING_SECRET: z.string().min(32, "at least 32 characters").optional().describe("HMAC key of kiosk links"),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(600).describe("API requests a client may make at once"),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20).describe("sustained API requests per second per client"),
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
