import Link from "next/link";
import { signalDescriptors } from "@/lib/catalog/descriptors";
import { viewHref, type ViewState } from "@/lib/charts/view-url";

/** Which page is open: a top-level section or a signal drill-down (its signal name). */
export type NavCurrent = "overview" | "incidents" | "review" | "alerts" | "doctor" | (string & {});

/**
 * The site's top navigation on every page but the wall (which stays control-free); the signals come
 * from the registry. A server component: the registry holds query code that stays off the browser.
 * On-call links keep the view's URL state (range, as-of, region) when there is one; the review,
 * wall and doctor have their own parameters. Hidden when printing (the review prints without controls).
 */
export function SiteNav({ view, current }: { view?: ViewState; current: NavCurrent }) {
  const onCall = (pathname: string) => (view ? viewHref(pathname, view) : pathname);
  const link = (href: string, label: string, key: string) => (
    <li key={key}>
      <Link
        href={href}
        aria-current={current === key ? "page" : undefined}
        className={`block rounded px-2 py-1 ${current === key ? "bg-slate-900 font-semibold text-white" : "text-blue-800 underline hover:bg-slate-100"}`}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Site" className="no-print text-sm" data-site-nav>
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {link(onCall("/"), "Overview", "overview")}
        {link(view ? viewHref("/incidents", view, { range: view.at ? view.range : "30d", region: null }) : "/incidents?range=30d", "Incidents", "incidents")}
        <li aria-hidden="true" className="px-1 text-slate-400">
          |
        </li>
        <li className="px-1 text-slate-600">
          Signals:
        </li>
        {signalDescriptors()
          .filter((s) => s.nav)
          .map((s) => link(onCall(`/signals/${s.key}`), s.label, s.key))}
        <li aria-hidden="true" className="px-1 text-slate-400">
          |
        </li>
        {link("/review", "Review", "review")}
        {link("/wall", "Wall", "wall")}
        {link("/alerts", "Alerts", "alerts")}
        {link("/doctor", "Doctor", "doctor")}
      </ul>
    </nav>
  );
}
