"use client";

/** Opens the browser's print dialog; the print stylesheet lays the review out for A4 and Letter. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-500 px-3 py-1">
      Print / save as PDF
    </button>
  );
}
