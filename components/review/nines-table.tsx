import type { NinesRow } from "@/lib/review/nines";
import { formatMinutes } from "@/lib/format/units";

/** What each availability target allows, with the configured one highlighted. */
export function NinesTable({ rows }: { rows: readonly NinesRow[] }) {
  return (
    <table className="break-inside-avoid border-collapse text-sm" data-testid="nines-table">
      <thead>
        <tr className="border-b border-slate-400 text-left">
          <th className="py-1 pr-4">Target</th>
          <th className="py-1 pr-4">Downtime per year</th>
          <th className="py-1 pr-4">Downtime per 30 days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.target} className={r.configured ? "bg-amber-100 font-bold" : "border-b border-slate-200"} aria-current={r.configured ? "true" : undefined}>
            <td className="py-1 pr-4">
              {r.label}
              {r.configured ? " (our target)" : ""}
            </td>
            <td className="py-1 pr-4 tabular-nums">{r.downtimePerYearMinutes >= 120 ? `${(r.downtimePerYearMinutes / 60).toFixed(2)} h` : formatMinutes(r.downtimePerYearMinutes)}</td>
            <td className="py-1 pr-4 tabular-nums">{formatMinutes(r.downtimePerMonthMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
