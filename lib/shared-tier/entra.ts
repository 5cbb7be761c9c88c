import type { TokenCredential } from "@azure/core-auth";
import type Redis from "ioredis";

/** Azure Managed Redis / Azure Cache for Redis accept Entra ID access tokens for this scope as the password. */
export const REDIS_ENTRA_SCOPE = "https://redis.azure.com/.default";
/** Renew this long before the token expires, and never more often than every minute. */
const RENEW_BEFORE_MS = 5 * 60_000;
const MIN_RENEW_MS = 60_000;

/**
 * Entra ID authentication of one ioredis client: the token is the password, under the identity's
 * object id as user name. Azure closes connections whose token expired, so a fresh token is sent
 * with AUTH on the open connection 5 minutes before expiry and also kept as the password for reconnects.
 */
export class EntraAuth {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: Redis,
    private readonly username: string,
    private readonly credential: TokenCredential,
    private readonly log?: (message: string) => void,
  ) {}

  async renew(): Promise<void> {
    const token = await this.credential.getToken(REDIS_ENTRA_SCOPE);
    if (!token) throw new Error(`no Entra ID token for ${REDIS_ENTRA_SCOPE}`);
    this.client.options.password = token.token;
    if (this.client.status === "ready") await this.client.auth(this.username, token.token);
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => this.renew().catch((err: unknown) => this.log?.(`Redis Entra ID token renewal failed: ${String(err)}`)),
      Math.max(MIN_RENEW_MS, token.expiresOnTimestamp - Date.now() - RENEW_BEFORE_MS),
    );
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
