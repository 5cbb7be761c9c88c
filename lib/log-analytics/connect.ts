import type { TokenCredential } from "@azure/core-auth";
import { QueryGateway, type GatewayOptions } from "../gateway/gateway";
import { processSingleton } from "../process-singleton";
import { sharedTier } from "../shared-tier";
import { AzureLogsSource, type WorkspacesConfig } from "./azure-source";
import { defaultCredential } from "./credential";
import { tokenScope } from "./endpoint";

/**
 * The production connection: Log Analytics behind the query gateway. Every caller in the process
 * must share one gateway per workspace set, or single-flight and the 5-query limit mean nothing.
 */
const gateways = processSingleton("azure-gateways", () => new Map<string, QueryGateway>());

export function azureGateway(workspaces: WorkspacesConfig, options: GatewayOptions = {}, credential?: TokenCredential): QueryGateway {
  const key = JSON.stringify(workspaces);
  let gateway = gateways.get(key);
  if (!gateway) {
    const source = new AzureLogsSource({ workspaces, credential: credential ?? defaultCredential(workspaces) });
    // Grafana's data proxy gives up at 30 s (peers.md pain point 1): answer well before that.
    gateway = new QueryGateway(source, { answerWithinMs: 20_000, shared: sharedTier() ?? undefined, sharedScope: `azure:${key}`, ...options });
    gateways.set(key, gateway);
  }
  return gateway;
}

/** Throws with the credential chain's own explanation when no token can be had. */
export async function checkCredential(workspaces: WorkspacesConfig, credential?: TokenCredential): Promise<void> {
  const token = await (credential ?? defaultCredential(workspaces)).getToken(tokenScope(workspaces.endpoint, workspaces.scope));
  if (!token) throw new Error("the credential returned no token");
}
