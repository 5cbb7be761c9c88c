import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { processSingleton } from "../process-singleton";
import type { WorkspacesConfig } from "./azure-source";

/**
 * Managed identity, workload identity, environment service principal or `az login`, in the order
 * DefaultAzureCredential tries them. Created once per process: it caches tokens.
 */
export function defaultCredential(workspaces: WorkspacesConfig): TokenCredential {
  return processSingleton("azure-credential", () => new DefaultAzureCredential(workspaces.tenantId ? { tenantId: workspaces.tenantId } : {}));
}
