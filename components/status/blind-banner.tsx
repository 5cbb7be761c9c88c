import type { BlindVerdict } from "@/lib/snapshot/types";
import { STATUS_STYLE } from "./status-badge";

const KIND_WORD: Record<BlindVerdict["kind"], string> = {
  ok: "ALL SOURCES REPORTING",
  "frontdoor-failing": "FRONT DOOR FAILING",
  "region-failing": "REGION FAILING",
  "logs-missing": "OUR LOGS MISSING",
  "all-silent": "EVERY SOURCE SILENT",
};

/**
 * Who is failing or blind, as lib/signals/outside-in decided it: Front Door failing, a region failing,
 * or our logs missing (which source, since when). Nothing when every source reports and outside-in passes.
 */
export function BlindBanner({ verdict, size = "page" }: { verdict: BlindVerdict | undefined; size?: "page" | "wall" }) {
  if (!verdict || verdict.kind === "ok") return null;
  const style = STATUS_STYLE[verdict.status];
  const wall = size === "wall";
  return (
    <div
      role="alert"
      data-testid="blind-banner"
      data-kind={verdict.kind}
      data-status={verdict.status}
      className={`flex rounded-xl ${style.className} ${wall ? "items-center gap-6 px-6 py-1" : "items-start gap-3 px-4 py-2 print:hidden"}`}
    >
      <span className={`shrink-0 font-black tracking-wider ${wall ? "text-4xl" : "text-lg"}`}>
        <span aria-hidden="true">{style.icon}</span> {KIND_WORD[verdict.kind]}
      </span>
      <div className="flex min-w-0 flex-col">
        <span className={`font-bold ${wall ? "line-clamp-2 text-2xl leading-tight" : "text-base"}`} data-value="blind-headline">
          {verdict.headline}
        </span>
        {verdict.detail.length > 0 && (
          <ul className={wall ? "line-clamp-2 text-xl leading-tight" : "text-sm"} aria-label="Silent sources">
            {verdict.detail.map((d) => (
              <li key={d} className={wall ? "inline after:content-['_·_'] last:after:content-none" : ""}>
                {d}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
