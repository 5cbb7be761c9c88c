import { StatusBadge } from "@/components/status/status-badge";
import { formatUtc } from "@/lib/format/units";
import type { RegionAnalytics } from "@/lib/snapshot/types";

// "never" only when drills could be seen; otherwise the table cannot say (the reason beside says why).
const lastTested = (r: RegionAnalytics) => (!r.drillsObservable ? "unknown (drills not observable)" : r.lastTestedDays === null ? "never" : `${r.lastTestedDays.toFixed(1)} days ago`);

function mtbi(seconds: number | null, n: number): string {
  if (seconds === null) return "no real incident";
  return `${(seconds / 86_400).toFixed(1)} days (${n} real incident${n === 1 ? "" : "s"})`;
}

/** Per region: mean time between real incidents in the period, and how long since recovery was last tested. */
export function ResilienceTable({ regions, caption, regionName, maxAgeDays }: { regions: readonly RegionAnalytics[]; caption: string; regionName: (id: string) => string; maxAgeDays: number }) {
  if (regions.length === 0) return null;
  return (
    <table className="w-full border-collapse text-sm" data-testid="resilience">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-400 text-left">
          <th className="py-1 pr-2">Region</th>
          <th className="py-1 pr-2">Mean time between incidents</th>
          <th className="py-1 pr-2">Last tested (drill ended)</th>
          <th className="py-1 pr-2">Against the {maxAgeDays}-day limit</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <tr key={r.region} className="border-b border-slate-200 align-top" data-region={r.region} data-last-tested-days={r.lastTestedDays ?? ""}>
            <td className="py-1 pr-2">{regionName(r.region)}</td>
            <td className="py-1 pr-2">{mtbi(r.mtbiSeconds, r.realIncidents)}</td>
            <td className="py-1 pr-2">
              {lastTested(r)}
              {r.lastDrillAt ? <span className="text-slate-600"> ({formatUtc(r.lastDrillAt, false)})</span> : null}
            </td>
            <td className="py-1 pr-2">
              <StatusBadge status={r.testedStatus} label="last tested" /> {r.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
