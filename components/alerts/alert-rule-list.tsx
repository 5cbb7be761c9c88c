import Link from "next/link";
import type { AlertRuleView } from "@/lib/alerts/view";

const SEVERITY: Record<number, string> = { 0: "Sev0 critical", 1: "Sev1 page", 2: "Sev2 error", 3: "Sev3 ticket", 4: "Sev4 info" };

/** The generated alert rules, each with its condition in words, why it is set so, and its KQL. */
export function AlertRuleList({ rules, labels }: { rules: AlertRuleView[]; labels: Record<string, string> }) {
  return (
    <ol className="space-y-4">
      {rules.map((r) => (
        <li key={r.name} id={r.name} className="rounded border border-slate-300 bg-white p-4" data-alert-rule={r.name}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h2 className="text-lg font-semibold">{r.displayName}</h2>
            <span className="rounded bg-slate-900 px-2 py-0.5 text-xs font-semibold text-white">{SEVERITY[r.severity] ?? `Sev${r.severity}`}</span>
            <Link className="text-sm text-blue-800 underline" href={r.signal === "incidents" ? "/incidents" : `/signals/${r.signal}`}>
              {labels[r.signal] ?? r.signal} on the dashboard
            </Link>
          </div>
          <p className="mt-1 text-sm">{r.description}</p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Fires when</dt>
            <dd>
              <code>{r.condition}</code>
            </dd>
            <dt className="font-medium">Schedule</dt>
            <dd>{r.schedule}</dd>
            <dt className="font-medium">Why so</dt>
            <dd>{r.rationale}</dd>
            <dt className="font-medium">Rule name</dt>
            <dd>
              <code>{r.name}</code>
            </dd>
          </dl>
          <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-xs leading-5" aria-label={`KQL of ${r.name}`}>
            {r.kql}
          </pre>
          {r.portalLink ? (
            <a className="mt-2 inline-block text-sm text-blue-800 underline" href={r.portalLink} target="_blank" rel="noreferrer">
              Open in Log Analytics
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
