import type { ReviewReport } from "@/lib/review/types";

/** The one answer leadership asks for, in a sentence per promise. */
export function Headline({ report }: { report: ReviewReport }) {
  const { month, rolling } = report;
  const all = [...month.incidents, ...rolling.incidents.filter((i) => !month.incidents.some((m) => m.start === i.start && m.region === i.region))];
  const overRto = all.filter((i) => i.rtoStatus === "breach").length;
  const overRpo = all.filter((i) => i.rpoStatus === "breach").length;
  const ranOut = all.filter((i) => i.survivor.ranOut).length;
  // A total outage: every other region failed too, so none carried the load (not "ran out": none was left).
  const noSurvivor = all.filter((i) => i.survivor.region === null && (i.survivor.downToo?.length ?? 0) > 0 && i.survivor.status === "breach").length;
  const real = all.filter((i) => i.kind === "real").length;
  return (
    <section aria-label="Summary" className="break-inside-avoid space-y-1 rounded border-l-4 border-slate-900 bg-white p-3" data-testid="headline">
      <p>{month.verdict.sentence}</p>
      <p>{rolling.verdict.sentence}</p>
      <p>
        Recovery: {real} real incident{real === 1 ? "" : "s"} and {all.length - real} drill{all.length - real === 1 ? "" : "s"} in these periods;{" "}
        {overRto} over the {report.rtoBudgetSeconds} s RTO budget, {overRpo} over an RPO budget
        {ranOut > 0 ? `, ${ranOut} where the surviving region ran out of headroom` : ""}
        {noSurvivor > 0 ? `, ${noSurvivor} where no region stayed up to carry the load` : ""}.
      </p>
    </section>
  );
}
