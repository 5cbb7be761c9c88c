import { DeploymentSummary } from "@/components/config/deployment-summary";
import { dataSourceKind, getConfig } from "@/lib/config/runtime";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const config = getConfig();
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-6">
      <h1 className="text-2xl font-bold">Active-active dashboard</h1>
      <DeploymentSummary config={config} source={dataSourceKind(config)} />
    </main>
  );
}
