import type { Status } from "@/lib/snapshot/types";

/** Colour plus icon plus word, so status reads without colour vision and from across a room. */
export const STATUS_STYLE: Record<Status, { icon: string; word: string; className: string }> = {
  ok: { icon: "✓", word: "OK", className: "bg-ok text-white" },
  warn: { icon: "▲", word: "WARN", className: "bg-warn text-white" },
  breach: { icon: "✕", word: "BREACH", className: "bg-breach text-white" },
  "no-data": { icon: "?", word: "NO DATA", className: "bg-nodata text-white" },
};

export function StatusBadge({ status, size = "sm", label }: { status: Status; size?: "sm" | "lg" | "xl"; label?: string }) {
  const style = STATUS_STYLE[status];
  const sizeClass = size === "xl" ? "px-4 py-2 text-3xl" : size === "lg" ? "px-3 py-1 text-2xl" : "px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-flex items-center gap-1 rounded font-bold tracking-wide ${style.className} ${sizeClass}`}
      data-status={status}
      aria-label={label ? `${label}: ${style.word}` : style.word}
    >
      <span aria-hidden="true">{style.icon}</span>
      {style.word}
    </span>
  );
}
