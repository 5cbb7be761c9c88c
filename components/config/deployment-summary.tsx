import type { DashboardConfig } from "@/lib/config/schema";

const seconds = (s: number) => (s >= 60 ? `${+(s / 60).toFixed(1)} min` : `${s} s`);

export function DeploymentSummary({ config, source }: { config: DashboardConfig; source: "embedded" | "azure" }) {
  const { budgets } = config;
  return (
    <section aria-labelledby="deployment-heading" className="space-y-4">
      <h2 id="deployment-heading" className="text-lg font-semibold">
        Deployment: {config.name} <span className="text-sm font-normal text-slate-600">({source} data source)</span>
      </h2>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Configured regions</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th className="py-1 pr-4">Region</th>
            <th className="py-1 pr-4">Front Door origins</th>
            <th className="py-1 pr-4">Cosmos region</th>
            <th className="py-1 pr-4">Provisioned RU/s</th>
            <th className="py-1">Capacity</th>
          </tr>
        </thead>
        <tbody>
          {config.regions.map((region) => (
            <tr key={region.id} className="border-b border-slate-200" data-region={region.id}>
              <td className="py-1 pr-4 font-medium">{region.displayName} <span className="text-slate-500">({region.id})</span></td>
              <td className="py-1 pr-4 font-mono text-xs">{region.frontDoorOrigins.join(", ")}</td>
              <td className="py-1 pr-4">{region.cosmosRegionName}</td>
              <td className="py-1 pr-4">{region.cosmosProvisionedRUs.toLocaleString("en-GB")}</td>
              <td className="py-1">{region.capacity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
        <dt className="text-slate-600">Availability SLO</dt>
        <dd>{(budgets.availability.target * 100).toFixed(3).replace(/0+$/, "")} % over {budgets.availability.windowDays} days</dd>
        <dt className="text-slate-600">RTO budget</dt>
        <dd>{seconds(budgets.rtoSeconds)}</dd>
        <dt className="text-slate-600">Saturation thresholds</dt>
        <dd>warn {budgets.saturation.warnPercent} %, breach {budgets.saturation.breachPercent} %</dd>
        <dt className="text-slate-600">Split-brain race window</dt>
        <dd>{budgets.splitBrainRaceWindowMs} ms</dd>
      </dl>
      <ul className="text-sm">
        {config.replication.map((pair) => (
          <li key={`${pair.tier}-${pair.source}-${pair.target}`}>
            {pair.tier}: {pair.source} → {pair.target}, RPO budget {seconds(pair.rpoBudgetSeconds)}
          </li>
        ))}
      </ul>
    </section>
  );
}
