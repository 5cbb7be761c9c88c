import { SiteNav } from "@/components/nav/site-nav";
import { getConfigState } from "@/lib/config/runtime";
import { doctorSummary, type CheckStatus } from "@/lib/doctor/doctor";
import { doctor } from "@/lib/wiring/doctor";
import { sourceNow } from "@/lib/wiring/source";

export const dynamic = "force-dynamic";

const LABEL: Record<CheckStatus, { text: string; className: string }> = {
  ok: { text: "OK", className: "bg-green-100 text-green-900" },
  warn: { text: "Warning", className: "bg-amber-100 text-amber-900" },
  fail: { text: "Missing", className: "bg-red-100 text-red-900" },
  optional: { text: "Optional, absent", className: "bg-slate-100 text-slate-800" },
};

/** /doctor: is every table, column and recent row the dashboard needs in the workspace, and how to fix each gap. */
export default async function DoctorPage() {
  const state = getConfigState();
  if (!state.ok) {
    return (
      <main className="space-y-2 p-6">
        <SiteNav current="doctor" />
        <h1 className="text-2xl font-semibold">Workspace doctor</h1>
        <pre className="mt-4 whitespace-pre-wrap text-red-800">{state.error}</pre>
      </main>
    );
  }
  const report = await doctor(state.config, sourceNow());
  return (
    <main className="mx-auto max-w-5xl p-6">
      <SiteNav current="doctor" />
      <h1 className="mt-2 text-2xl font-semibold">Workspace doctor</h1>
      <p className="mt-2 text-sm">
        Checked {report.target} at {report.checkedAt}. <span data-doctor-summary>{doctorSummary(report)}</span>
      </p>
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b">
            <th className="py-2 pr-4">Check</th>
            <th className="py-2 pr-4">Result</th>
            <th className="py-2">Details and fix</th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((c) => (
            <tr key={c.id} className="border-b align-top" data-check={c.id} data-check-status={c.status}>
              <td className="py-2 pr-4">{c.title}</td>
              <td className="py-2 pr-4">
                <span className={`whitespace-nowrap rounded px-2 py-0.5 font-medium ${LABEL[c.status].className}`}>{LABEL[c.status].text}</span>
              </td>
              <td className="py-2">
                <div>{c.detail}</div>
                {c.remedy ? <div className="mt-1 font-medium">{c.status === "optional" ? "To add it" : "Fix"}: {c.remedy}</div> : null}
                {c.signals && c.status !== "ok" ? <div className="mt-1 text-slate-600">Read by: {c.signals.join(", ")}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
