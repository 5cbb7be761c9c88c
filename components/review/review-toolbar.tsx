import type { ReviewReport } from "@/lib/review/types";
import { PrintButton } from "./print-button";

/** Month picker (a plain GET form: works without JavaScript) and the exports; hidden when printing. */
export function ReviewToolbar({ report }: { report: ReviewReport }) {
  const month = report.month.window.id;
  return (
    <div className="no-print flex flex-wrap items-end gap-3 text-sm">
      <form method="get" action="/review" className="flex items-end gap-2">
        <label className="flex flex-col">
          <span className="font-semibold">Month</span>
          <select name="month" defaultValue={month} className="rounded border border-slate-400 bg-white px-2 py-1">
            {report.months.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
                {m.hasData ? "" : " (no data)"}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-white">
          Show
        </button>
      </form>
      <a className="text-blue-800 underline" href={`/api/review/history.csv?month=${month}`} download>
        Monthly history (CSV)
      </a>
      <a className="text-blue-800 underline" href={`/api/review/incidents.csv?month=${month}`} download>
        Incidents and drills (CSV)
      </a>
      <PrintButton />
    </div>
  );
}
