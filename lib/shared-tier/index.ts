import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { readEnv } from "../env";
import { processSingleton } from "../process-singleton";
import { parseRedisUrl } from "./settings";
import { SharedTier } from "./tier";

/** The app's identity for Azure Managed Redis (managed identity, workload identity, `az login`). */
function defaultRedisCredential(): TokenCredential {
  return processSingleton("redis-credential", () => new DefaultAzureCredential());
}

const state = processSingleton("shared-tier", () => ({ url: undefined as string | undefined, tier: null as SharedTier | null }));

/**
 * The process's shared tier, or null when REDIS_URL is unset (each replica on its own, as
 * before). One per process, whatever the route bundle. Throws RedisSettingsError on a bad URL.
 */
export function sharedTier(env: NodeJS.ProcessEnv = process.env): SharedTier | null {
  const url = readEnv(env).REDIS_URL;
  if (url === state.url) return state.tier;
  const settings = parseRedisUrl(url);
  void state.tier?.close();
  state.url = url;
  state.tier = settings
    ? new SharedTier(settings, {
        credential: settings.entra ? defaultRedisCredential() : undefined,
        log: (message) => console.log(message),
      }).start()
    : null;
  return state.tier;
}
