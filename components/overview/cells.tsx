import type { Status } from "@/lib/snapshot/types";
import { ORIGIN_UNHEALTHY_REASON } from "@/lib/format/reasons";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/status/status-badge";

/** Table header cell with the shared look. */
export function Th({ children, align = "left" }: { children: ReactNode; align?: "left" | "right" }) {
  return (
    <th scope="col" className={`border-b border-slate-300 py-1 pr-3 font-semibold text-slate-700 ${align === "right" ? "text-right" : "text-left"}`}>
      {children}
    </th>
  );
}

/** Right-aligned cells hold a number and its unit ("0.4 s"): they never wrap between the two. */
export function Td({ children, align = "left", mono = false }: { children: ReactNode; align?: "left" | "right"; mono?: boolean }) {
  return (
    <td className={`border-b border-slate-200 py-1 pr-3 ${align === "right" ? "whitespace-nowrap text-right tabular-nums" : ""} ${mono ? "font-mono text-xs" : ""}`}>
      {children}
    </td>
  );
}

/**
 * Origin health now, as lib/signals/origin-health graded it: icon plus words, never colour alone,
 * and for NO DATA the reason (which source is silent, since when), for WARN why (probe-blind, when).
 */
export function OriginHealthWord({ status, reason }: { status: Status; reason: string | null }) {
  const word =
    status === "ok" ? (
      <span className="text-ok">✓ healthy</span>
    ) : status === "breach" ? (
      <span className="font-bold text-breach">✕ unhealthy</span>
    ) : status === "warn" ? (
      <span className="font-bold text-warn">▲ warn</span>
    ) : (
      <span className="font-bold text-slate-700">? NO DATA</span>
    );
  return (
    <span className="inline-flex flex-col" data-origin-status={status}>
      {word}
      {/* An UNHEALTHY origin's plain reason repeats the word; one saying more (it flaps) is shown. */}
      {(status === "no-data" || status === "warn" || (status === "breach" && reason !== ORIGIN_UNHEALTHY_REASON)) && reason && (
        <span className="text-xs text-slate-700" data-origin-reason="">
          {reason}
        </span>
      )}
    </span>
  );
}

/** A row's status now with the sentence its signal gave for it (replication pairs, conflict feeds), as the wall's tile says it. */
export function StatusWithReason({ status, reason, label }: { status: Status; reason: string | null; label: string }) {
  return (
    <span className="inline-flex flex-col gap-0.5">
      <StatusBadge status={status} label={label} />
      {reason && (
        <span className="max-w-xs text-xs text-slate-700" data-status-reason="">
          {reason}
        </span>
      )}
    </span>
  );
}
