import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import type { WorkspacesConfig } from "./azure-source";

/**
 * Managed identity, workload identity, environment service principal or `az login`, in the order
 * DefaultAzureCredential tries them. Created once per process: it caches tokens.
 */
let shared: TokenCredential | undefined;

export function defaultCredential(workspaces: WorkspacesConfig): TokenCredential {
  shared ??= new DefaultAzureCredential(workspaces.tenantId ? { tenantId: workspaces.tenantId } : {});
  return shared;
}
