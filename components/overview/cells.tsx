import type { ReactNode } from "react";

/** Table header cell with the shared look. */
export function Th({ children, align = "left" }: { children: ReactNode; align?: "left" | "right" }) {
  return (
    <th scope="col" className={`border-b border-slate-300 py-1 pr-3 font-semibold text-slate-700 ${align === "right" ? "text-right" : "text-left"}`}>
      {children}
    </th>
  );
}

export function Td({ children, align = "left", mono = false }: { children: ReactNode; align?: "left" | "right"; mono?: boolean }) {
  return (
    <td className={`border-b border-slate-200 py-1 pr-3 ${align === "right" ? "text-right tabular-nums" : ""} ${mono ? "font-mono text-xs" : ""}`}>
      {children}
    </td>
  );
}

/** Yes/no/unknown in icon plus words, never colour alone. */
export function HealthWord({ healthy }: { healthy: boolean | null }) {
  if (healthy === null) return <span className="text-slate-600">? unknown</span>;
  return healthy ? <span className="text-ok">✓ healthy</span> : <span className="font-bold text-breach">✕ unhealthy</span>;
}
