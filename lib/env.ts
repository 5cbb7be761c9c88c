import { z } from "zod";

/**
 * One entry of the Host allow-list (lib/security/allowed-hosts.ts): a host name (`dash.contoso.com`),
 * `*.` and a name for any name under it (`*.contoso.com`, not `contoso.com` itself), or `*` for any
 * host (the check off). Shared by DASHBOARD_ALLOWED_HOSTS and the configuration's `allowedHosts`.
 */
export function allowedHostEntryProblem(entry: string): string | undefined {
  if (entry === "*" || /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(entry)) return undefined;
  const quoted = JSON.stringify(entry.slice(0, 80));
  let bare: string | undefined;
  try {
    bare = /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? new URL(entry).hostname : /^[^/:]+:\d+$/.test(entry) ? entry.split(":")[0] : undefined;
  } catch {
    bare = undefined;
  }
  return `${quoted} is not a host name: give the name alone, no scheme, port or path${bare ? ` (${bare})` : ""}, e.g. dash.contoso.com or *.contoso.com`;
}

/** Comma-separated DASHBOARD_ALLOWED_HOSTS: trimmed, lower-case, empties dropped; refused naming the bad entry. */
const allowedHostList = z.string().transform((value, ctx) => {
  const entries = value.split(",").map((e) => e.trim().toLowerCase()).filter((e) => e !== "");
  for (const entry of entries) {
    const problem = allowedHostEntryProblem(entry);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }
  return entries;
});

const envSchema = z.object({
  DASHBOARD_CONFIG: z.string().min(1).default("config/demo.json").describe("configuration file, relative to the working directory"),
  DASHBOARD_AS_OF: z.iso.datetime({ offset: true }).optional().describe("freeze the embedded clock (tests, replays)"),
  DASHBOARD_QUERY_WORKER: z
    .enum(["auto", "0", "1"])
    .default("auto")
    .describe("embedded KQL in the query worker process: auto = inside the Next server, in-process for CLIs and tests"),
  DASHBOARD_QUERY_WORKER_HEAP_MB: z.coerce
    .number()
    .int()
    .min(128)
    .max(16384)
    .default(256)
    .describe("V8 heap limit of the query worker in MB: a replay that needs more fails with 503 and the worker starts again (docs/operations.md \"Memory by bytes\")"),
  DASHBOARD_WARM_UP: z.enum(["0", "1"]).default("1").describe("1: build the embedded workspace at start-up, not in the first request"),
  // Secrets: long random strings (openssl rand -base64 48); never sent to the browser.
  NEXTAUTH_SECRET: z.string().min(32, "at least 32 characters").optional().describe("encrypts the sign-in session cookie"),
  NEXTAUTH_URL: z.url().optional().describe("public URL of the dashboard, e.g. https://dash.contoso.com"),
  DASHBOARD_ALLOWED_HOSTS: allowedHostList
    .optional()
    .describe("comma-separated host names the server answers to besides localhost, IP addresses and NEXTAUTH_URL's host (docs/security.md \"Host names\")"),
  AUTH_ENTRA_CLIENT_SECRET: z.string().min(1).optional().describe("client secret of the Entra app registration"),
  KIOSK_SIGNING_SECRET: z.string().min(32, "at least 32 characters").optional().describe("HMAC key of kiosk links"),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(600).describe("API requests a client may make at once"),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20).describe("sustained API requests per second per client"),
  // May carry an access key: a secret.
  REDIS_URL: z.string().optional().describe("shared tier for several replicas: redis://host:port or rediss://…, ?auth=entra, ?prefix= (docs/replicas.md)"),
  PAGE_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .default(5)
    .describe("seconds a rendered page is shared by every viewer of its URL (0: render every request; docs/operations.md \"Page cache\")"),
  RATE_LIMIT_CLIENT_HEADER: z
    .enum(["x-forwarded-for", "x-real-ip"])
    .default("x-forwarded-for")
    .describe("the header your fronting proxy sets to the client address (the rate-limit bucket of anonymous requests)"),
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

/**
 * Who reads a variable: the app (through readEnv), Next's own server, @azure/identity, Next's
 * build/runtime internals that nobody sets by hand, Node itself, or the C library's allocator (glibc).
 */
export type EnvReader = "app" | "next-server" | "azure-identity" | "next-internal" | "build" | "npm-start" | "node" | "glibc";

/**
 * How a deployment treats it: `required` (the Bicep sets it on every app), `optional` (it may),
 * `never` (a test or developer knob, or set by Next itself: a template that sets it is wrong).
 * `secret` ones reach the container only as Key Vault-backed secrets, never as plain values.
 */
export interface EnvVar {
  name: string;
  reader: EnvReader;
  deploy: "required" | "optional" | "never";
  secret: boolean;
  description: string;
}

type AppVarName = keyof DashboardEnv;
const APP_VARS: Record<AppVarName, Omit<EnvVar, "name" | "reader" | "description">> = {
  DASHBOARD_CONFIG: { deploy: "required", secret: false },
  DASHBOARD_AS_OF: { deploy: "never", secret: false },
  DASHBOARD_WARM_UP: { deploy: "optional", secret: false },
  DASHBOARD_QUERY_WORKER: { deploy: "optional", secret: false },
  DASHBOARD_QUERY_WORKER_HEAP_MB: { deploy: "optional", secret: false },
  NEXTAUTH_SECRET: { deploy: "required", secret: true },
  NEXTAUTH_URL: { deploy: "required", secret: false },
  DASHBOARD_ALLOWED_HOSTS: { deploy: "required", secret: false },
  AUTH_ENTRA_CLIENT_SECRET: { deploy: "required", secret: true },
  KIOSK_SIGNING_SECRET: { deploy: "required", secret: true },
  RATE_LIMIT_BURST: { deploy: "optional", secret: false },
  RATE_LIMIT_PER_SECOND: { deploy: "optional", secret: false },
  RATE_LIMIT_CLIENT_HEADER: { deploy: "optional", secret: false },
  PAGE_CACHE_SECONDS: { deploy: "optional", secret: false },
  REDIS_URL: { deploy: "optional", secret: true },
};

/** Read outside readEnv, by code we do not own; listed so deployments can be checked against them. */
const OTHER_VARS: EnvVar[] = [
  { name: "PORT", reader: "next-server", deploy: "required", secret: false, description: "port .next/standalone/server.js listens on (default 3000)" },
  {
    name: "HOSTNAME",
    reader: "next-server",
    deploy: "required",
    secret: false,
    description: "address server.js binds; container runtimes set HOSTNAME to the container's name, so set 0.0.0.0",
  },
  { name: "KEEP_ALIVE_TIMEOUT", reader: "next-server", deploy: "optional", secret: false, description: "HTTP keep-alive ms of server.js; above the ingress's idle timeout" },
  { name: "NODE_ENV", reader: "next-server", deploy: "optional", secret: false, description: "production (server.js sets it itself); development loosens the CSP" },
  { name: "NEXT_TELEMETRY_DISABLED", reader: "next-server", deploy: "optional", secret: false, description: "1: no anonymous Next.js telemetry" },
  {
    name: "AZURE_CLIENT_ID",
    reader: "azure-identity",
    deploy: "required",
    secret: false,
    description: "client id of the user-assigned managed identity DefaultAzureCredential signs in with",
  },
  {
    name: "NEXT_MANUAL_SIG_HANDLE",
    reader: "next-server",
    deploy: "never",
    secret: false,
    description: "must stay unset: with it Next's server ignores SIGTERM and nothing drains",
  },
  {
    name: "MALLOC_MMAP_THRESHOLD_",
    reader: "glibc",
    deploy: "optional",
    secret: false,
    description:
      "131072 (the image and npm start set it): blocks over 128 kB, the workspace's column backings among them, go back to the OS when freed (measured idle RSS ~540 -> ~440 MB)",
  },
  {
    name: "NODE_OPTIONS",
    reader: "node",
    deploy: "optional",
    secret: false,
    description:
      "not set by the image: --max-old-space-size here caps the server's heap; the query worker keeps DASHBOARD_QUERY_WORKER_HEAP_MB (docs/operations.md \"The server's heap\")",
  },
  { name: "NEXT_DIST_DIR", reader: "build", deploy: "never", secret: false, description: "next.config.js distDir (parallel builds, tests)" },
  { name: "NEXT_RUNTIME", reader: "next-internal", deploy: "never", secret: false, description: "set by Next: nodejs or edge" },
  {
    name: "__NEXT_PRIVATE_ORIGIN",
    reader: "next-internal",
    deploy: "never",
    secret: false,
    description: "set by Next's server at start-up to the address it listens on; the page cache renders a page through it",
  },
  { name: "NEXT_PHASE", reader: "next-internal", deploy: "never", secret: false, description: "set by Next during next build" },
  { name: "HOST", reader: "npm-start", deploy: "never", secret: false, description: "address npm start binds (default 127.0.0.1)" },
  { name: "SKIP_BUILD", reader: "npm-start", deploy: "never", secret: false, description: "1: npm start serves the last build" },
];

/**
 * Every environment variable the dashboard reads, one list: the deployment templates and the
 * Dockerfile are tested against it (test/unit/deploy), so a renamed variable fails a test, not a
 * deployment.
 */
export const ENV_VARS: readonly EnvVar[] = [
  ...Object.entries(APP_VARS).map(([name, meta]) => ({
    name,
    reader: "app" as const,
    description: envSchema.shape[name as AppVarName].description ?? "",
    ...meta,
  })),
  ...OTHER_VARS,
];
