import type { ReactNode } from "react";
import { SiteNav } from "@/components/nav/site-nav";
import { formatUtc } from "@/lib/format/units";
import { burnDownForChart } from "@/lib/review/burn-down";
import type { ReviewReport } from "@/lib/review/types";
import { AttributionPanel } from "./attribution-panel";
import { BudgetExplainer } from "./budget-explainer";
import { ChartLineBurnDown } from "./chart-line-burn-down";
import { ChartScatterRtoDrift } from "./chart-scatter-rto-drift";
import { CompositeSlaPanel } from "./composite-sla-panel";
import { Headline } from "./headline";
import { HistoryTable } from "./history-table";
import { IncidentsTable } from "./incidents-table";
import { NinesTable } from "./nines-table";
import { PeriodCard } from "./period-card";
import { ResilienceTable } from "./resilience-table";
import { ReviewToolbar } from "./review-toolbar";

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="border-b border-slate-300 pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The whole review page: composition only. */
export function ReviewBody({ report, deployment, source }: { report: ReviewReport; deployment: string; source: string }) {
  const { month, rolling } = report;
  const rto = report.incidents
    .filter((i) => i.rtoSeconds !== null && i.recoveredAt !== null)
    .map((i) => ({ t: Date.parse(i.start), rtoSeconds: i.rtoSeconds ?? 0, kind: i.kind, region: i.region }));
  const warnings = [...new Set([...month.warnings, ...rolling.warnings])];
  return (
    <main className="review-page mx-auto max-w-5xl space-y-6 p-6">
      <header className="space-y-1">
        <SiteNav current="review" />
        <h1 className="text-2xl font-bold">
          Availability review · {deployment} · {month.window.label}
        </h1>
        <p className="text-sm text-slate-600">
          As of {formatUtc(report.generatedAt, false)} · source {source} · all times UTC
        </p>
        <ReviewToolbar report={report} />
      </header>
      <Headline report={report} />
      <Section title="Availability and error budget" id="availability">
        <div className="print-stack grid gap-3 md:grid-cols-2">
          <PeriodCard period={month} id="month" />
          <PeriodCard period={rolling} id="rolling" />
        </div>
        <BudgetExplainer period={month.window.coverage === "no-data" ? rolling : month} />
        <div className="space-y-3">
          <ChartLineBurnDown points={burnDownForChart(month.burnDown)} allowedMinutes={month.budget.allowedDowntimeMinutes} title={`Downtime budget burn-down: ${month.window.label}`} />
          <ChartLineBurnDown points={burnDownForChart(rolling.burnDown)} allowedMinutes={rolling.budget.allowedDowntimeMinutes} title={`Downtime budget burn-down: ${rolling.window.label}`} />
        </div>
      </Section>
      <Section title="Is it us or Azure? Downtime by cause, and SLO corrections" id="attribution">
        <div className="print-stack grid gap-3 md:grid-cols-2">
          <AttributionPanel period={month} id="month-attribution" />
          <AttributionPanel period={rolling} id="rolling-attribution" />
        </div>
        <p className="text-xs text-slate-600">
          Each minute counts once: under an SLO correction it is planned maintenance (removed from the corrected SLI, listed with its reason and
          approver), else overlapping an event Azure reported for one of our regions it is Azure&rsquo;s, else ours. Corrections come from the
          configuration (sloCorrections) and are reviewed through its git history.
        </p>
      </Section>
      <Section title="Recovery promises: measured RTO and RPO of incidents and drills" id="recovery">
        <ChartScatterRtoDrift points={rto} budgetSeconds={report.rtoBudgetSeconds} />
        <div className="print-keep">
          <IncidentsTable rows={month.incidents} caption={`Incidents and drills that started in ${month.window.label}`} testId="month-incidents" />
        </div>
        <div className="print-keep">
          <IncidentsTable rows={rolling.incidents} caption={`Incidents and drills in the ${rolling.window.label.toLowerCase()}`} testId="rolling-incidents" />
        </div>
        <div className="print-keep">
          <ResilienceTable
            regions={rolling.regions ?? []}
            caption={`Per region, ${rolling.window.label.toLowerCase()}: mean time between incidents and last tested`}
            regionName={(id) => report.regionNames?.[id] ?? id}
            maxAgeDays={report.drillMaxAgeDays}
          />
        </div>
        <p className="text-xs text-slate-600">
          Time to detect: from the incident start to the earlier of Front Door&rsquo;s flip and the first page-severity burn-rate alert. Failback: from the
          origin&rsquo;s re-admission (flip back to healthy) until its traffic share stays within 10 % of its share before the incident for 60 s. Mean time
          between incidents: the window&rsquo;s length divided by its real incidents (drills left out). Last tested: days since the region&rsquo;s last drill ended.
        </p>
        <p className="text-xs text-slate-600">
          RTO: from the first failed probes or errors to the edge staying below 1 % errors for 120 s. RPO: each tier&rsquo;s replication lag at the
          incident start. Survivor headroom: the surviving regions&apos; peak per-minute load (max of CPU and Cosmos RU %) from the start to 10 minutes after recovery (a survivor still carrying a region that is out after that shows on the saturation signal); it ran out above 100 % or with 429s in 3 consecutive minutes. The status is the worst of RTO, RPO and survivor, with the reasons the incident page and the wall show.
        </p>
      </Section>
      <Section title="Composite SLA" id="composite">
        <CompositeSlaPanel sla={report.composite} measured={rolling.budget.sli} measuredLabel={rolling.window.label.toLowerCase()} target={report.target} />
      </Section>
      <Section title="Availability nines" id="nines">
        <NinesTable rows={report.nines} />
      </Section>
      <Section title="Month by month (last 12 months)" id="history">
        <HistoryTable rows={report.history} />
      </Section>
      {warnings.length > 0 ? (
        <details className="no-print text-xs text-slate-600">
          <summary>{warnings.length} data warning(s)</summary>
          <ul className="list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </main>
  );
}
