import { formatRatio, formatUtc } from "@/lib/format/units";
import type { OutsideInSnapshot } from "@/lib/snapshot/types";
import { RangeWorstCell } from "@/components/status/range-worst";
import { StatusBadge } from "@/components/status/status-badge";

/** The outside-in SLI next to the edge SLI, the difference in words, and each test as seen from outside. */
export function OutsideInSli({ outsideIn: o, windowDays }: { outsideIn: OutsideInSnapshot | undefined; windowDays: number }) {
  if (!o) return null;
  return (
    <div className="space-y-1" data-outside-in-sli>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 md:grid-cols-4">
        <dt className="text-slate-600">Edge SLI ({windowDays} d, Front Door logs)</dt>
        <dd className="font-semibold tabular-nums" data-value="sli-edge">
          {formatRatio(o.sliEdge)}
        </dd>
        <dt className="text-slate-600">Outside-in SLI ({windowDays} d, global test)</dt>
        <dd className="font-semibold tabular-nums" data-value="sli-outside-in">
          {formatRatio(o.sliOutsideIn)}
        </dd>
      </dl>
      <p className="text-slate-700" data-value="sli-gap-explained">
        {o.sliGapExplained}
      </p>
    </div>
  );
}

export function OutsideInSummary({ outsideIn: o, regionName, windowDays }: { outsideIn: OutsideInSnapshot; regionName: (id: string) => string; windowDays: number }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="font-semibold" data-value="blind-headline">
        {o.verdict.headline}
      </p>
      <OutsideInSli outsideIn={o} windowDays={windowDays} />
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Outside-in tests in this range</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col">Test</th>
            <th scope="col">Target</th>
            <th scope="col" className="text-right">
              Passed in range
            </th>
            <th scope="col" className="text-right">
              Last round
            </th>
            <th scope="col" className="pl-3">
              Now
            </th>
          </tr>
        </thead>
        <tbody>
          {o.tests.map((t) => (
            <tr key={t.name} data-test-name={t.name}>
              <td className="font-mono">{t.name}</td>
              <td>{t.region === null ? "global endpoint (through Front Door)" : `${regionName(t.region)} origin (direct)`}</td>
              <td className="text-right tabular-nums">
                {formatRatio(t.availability)} ({t.runs - t.failed}/{t.runs})
              </td>
              <td className="whitespace-nowrap text-right tabular-nums">
                {t.recentFailed} of {t.recentRuns} failed
              </td>
              <td className="pl-3">
                <StatusBadge status={t.status} label={t.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="text-slate-700" aria-label="Telemetry sources">
        {o.verdict.sources.map((s) => (
          <li key={s.id} data-source={s.id} data-silent={s.silent}>
            {s.label}: {s.newest === null ? "nothing in the look-back" : `newest ${formatUtc(s.newest)}`}
            {s.silent ? " — SILENT" : ""}
          </li>
        ))}
      </ul>
      <p className="flex items-center gap-2">
        <span className="text-slate-600">In this range:</span> <RangeWorstCell worst={o.rangeWorst} label="outside-in" />
      </p>
    </div>
  );
}
