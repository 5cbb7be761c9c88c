"use client";

import { useMemo, useState } from "react";

export interface TableColumn {
  name: string;
  type: string;
}

type Direction = "ascending" | "descending";

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The rows behind a chart, sortable by any column (click the header; aria-sort says how). */
export function SortableTable({ columns, rows, caption }: { columns: readonly TableColumn[]; rows: readonly unknown[][]; caption: string }) {
  const [sort, setSort] = useState<{ index: number; direction: Direction } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(a[sort.index], b[sort.index]));
  }, [rows, sort]);
  const toggle = (index: number) =>
    setSort((s) => (s?.index === index ? { index, direction: s.direction === "ascending" ? "descending" : "ascending" } : { index, direction: "ascending" }));
  return (
    <div className="max-h-96 overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-xs" data-rows-table>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-100">
          <tr>
            {columns.map((c, i) => (
              <th key={c.name} scope="col" aria-sort={sort?.index === i ? sort.direction : "none"} className="border-b border-slate-300 p-0 text-left">
                <button type="button" onClick={() => toggle(i)} className="w-full px-2 py-1 text-left font-semibold hover:bg-slate-200">
                  {c.name}
                  <span aria-hidden="true">{sort?.index === i ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, r) => (
            <tr key={r} className="odd:bg-white even:bg-slate-50">
              {row.map((v, i) => (
                <td key={columns[i]?.name ?? i} className={`px-2 py-0.5 ${typeof v === "number" ? "text-right tabular-nums" : ""}`}>
                  {cell(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
