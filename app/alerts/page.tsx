import Link from "next/link";
import { AlertRuleList } from "@/components/alerts/alert-rule-list";
import { SiteNav } from "@/components/nav/site-nav";
import { alertRuleViews, parseAlertSignal } from "@/lib/alerts/view";
import { signalDescriptors } from "@/lib/catalog/descriptors";
import { getConfig } from "@/lib/config/runtime";
import { sourceNow } from "@/lib/wiring/source";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /alerts[?signal=KEY]: the Azure Monitor rules `npm run alerts` deploys, in the wall's words, with their KQL. */
export default async function AlertsPage({ searchParams }: Props) {
  const config = getConfig();
  const parsed = parseAlertSignal((await searchParams).signal, config);
  if (!parsed.ok) {
    return (
      <main className="mx-auto max-w-3xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">Alert rules</h1>
        <p role="alert" className="rounded border-l-4 border-breach bg-white p-3">
          Invalid parameter <code>{parsed.error.parameter}</code>: {parsed.error.message}. Allowed: {parsed.error.allowed}.
        </p>
        <Link className="text-blue-800 underline" href="/alerts">
          Show every rule
        </Link>
      </main>
    );
  }
  const rules = alertRuleViews(config, sourceNow(), parsed.value);
  const labels = Object.fromEntries(signalDescriptors().map((s) => [s.key, s.label]));
  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6">
      <header className="space-y-2">
        <SiteNav current="alerts" />
        <h1 className="text-2xl font-bold">Alert rules</h1>
        <p className="text-sm">
          {rules.length} Azure Monitor log search alert rules, generated from the same queries and thresholds as the dashboard
          (<code>npm run alerts</code> writes them as ARM or Bicep). When a page fires, its rule below says why in the wall&apos;s words.
          {parsed.value ? (
            <>
              {" "}
              Showing {labels[parsed.value] ?? parsed.value} only; <Link className="text-blue-800 underline" href="/alerts">show every rule</Link>.
            </>
          ) : null}
        </p>
      </header>
      <AlertRuleList rules={rules} labels={labels} />
    </main>
  );
}
