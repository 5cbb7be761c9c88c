import Link from "next/link";
import { viewHref, type ViewState } from "@/lib/charts/view-url";

const SIGNALS: { name: string; label: string }[] = [
  { name: "regions", label: "Regions" },
  { name: "replication", label: "Replication" },
  { name: "conflicts", label: "Conflicts" },
  { name: "originHealth", label: "Origin health" },
  { name: "splitBrain", label: "Split-brain" },
  { name: "availability", label: "Availability" },
];

/** Top navigation; every link keeps the view's URL state (range, as-of, region). */
export function SiteNav({ view, current }: { view: ViewState; current: string }) {
  const link = (href: string, label: string, key: string) => (
    <Link
      key={key}
      href={href}
      aria-current={current === key ? "page" : undefined}
      className={`rounded px-2 py-1 ${current === key ? "bg-slate-900 text-white" : "text-blue-800 underline hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Views" className="flex flex-wrap items-center gap-1 text-sm">
      {link(viewHref("/", view), "Overview", "overview")}
      {SIGNALS.map((s) => link(viewHref(`/signals/${s.name}`, view), s.label, s.name))}
      {link(viewHref("/incidents", view, { range: view.at ? view.range : "30d", region: null }), "Incidents", "incidents")}
    </nav>
  );
}
