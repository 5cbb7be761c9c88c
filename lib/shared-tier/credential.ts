import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import { processSingleton } from "../process-singleton";

/** The app's identity for Azure Managed Redis (managed identity, workload identity, `az login`). */
export function defaultCredentialFor(): TokenCredential {
  return processSingleton("redis-credential", () => new DefaultAzureCredential());
}
