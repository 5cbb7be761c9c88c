/**
 * The one setting of the shared tier: REDIS_URL. Everything rides in the URL so that a
 * deployment changes one value (and the password, if any, stays out of the configuration file):
 *
 *   redis://localhost:6379                                  plain, no auth (tests, a sidecar)
 *   rediss://:ACCESS_KEY@contoso.redis.cache.windows.net:6380 TLS + access key (Azure Cache for Redis)
 *   rediss://<object-id>@contoso.westeurope.redis.azure.net:10000?auth=entra
 *                                                           TLS + Entra ID token of the app's identity
 *   …?prefix=dash-prod-weu                                  key prefix (default "aad"), one per deployment
 */
export interface RedisSettings {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
  db: number;
  /** Authenticate with an Entra ID token (Azure Managed Redis) instead of a password. */
  entra: boolean;
  /** Prepended to every key and channel, so deployments sharing one Redis never mix. */
  prefix: string;
}

export class RedisSettingsError extends Error {
  constructor(message: string) {
    super(`REDIS_URL: ${message}`);
    this.name = "RedisSettingsError";
  }
}

const ALLOWED_PARAMS = new Set(["auth", "prefix"]);

/** Parses REDIS_URL; undefined when unset (the shared tier is off). Bad values name what is allowed. */
export function parseRedisUrl(value: string | undefined): RedisSettings | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new RedisSettingsError("not a URL; expected redis://host:port or rediss://host:port (TLS)");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new RedisSettingsError(`scheme "${url.protocol}" is not allowed; use redis:// or rediss:// (TLS)`);
  }
  if (!url.hostname) throw new RedisSettingsError("the host is missing");
  for (const key of url.searchParams.keys()) {
    if (!ALLOWED_PARAMS.has(key)) throw new RedisSettingsError(`unknown parameter "${key}"; allowed: auth=entra, prefix=NAME`);
  }
  const auth = url.searchParams.get("auth");
  if (auth !== null && auth !== "entra") throw new RedisSettingsError(`auth=${auth} is not allowed; the only value is auth=entra`);
  const prefix = url.searchParams.get("prefix") ?? "aad";
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(prefix)) throw new RedisSettingsError(`prefix "${prefix}" must be 1–64 letters, digits, ".", "_" or "-"`);
  const dbPath = url.pathname.replace(/^\//, "");
  if (dbPath !== "" && !/^\d+$/.test(dbPath)) throw new RedisSettingsError(`the path "/${dbPath}" must be a database number`);
  const entra = auth === "entra";
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  if (entra && !username) {
    throw new RedisSettingsError("auth=entra needs the object (principal) id of the app's identity as the user name: rediss://<object-id>@host:10000?auth=entra");
  }
  if (entra && password) throw new RedisSettingsError("auth=entra takes no password in the URL (the Entra ID token is the password)");
  if (entra && url.protocol !== "rediss:") throw new RedisSettingsError("auth=entra needs TLS: use rediss://");
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : 6379,
    tls: url.protocol === "rediss:",
    username,
    password,
    db: dbPath ? Number(dbPath) : 0,
    entra,
    prefix,
  };
}

/** The URL without its password, for logs, /api/health and the doctor. */
export function describeRedis(settings: RedisSettings): string {
  const user = settings.username ? `${settings.username}@` : "";
  return `${settings.tls ? "rediss" : "redis"}://${user}${settings.host}:${settings.port}/${settings.db} (prefix ${settings.prefix}${settings.entra ? ", Entra ID" : ""})`;
}
