/** The user-facing documentation as one set of texts, for the tests that keep its promises true. */
import { readdirSync, readFileSync } from "node:fs";

export const DOC_PAGES = [
  "README.md",
  ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  ...readdirSync("docs/adr").filter((f) => f.endsWith(".md")).map((f) => `docs/adr/${f}`),
  "deploy/README.md",
  "companion/README.md",
  "ARCHITECTURE.md",
];

export const docText = (page: string): string => readFileSync(page, "utf8");
export const allDocs = (): string => DOC_PAGES.map(docText).join("\n");

/** Backticked spans (inline code) of a text, fenced blocks left out. */
export const inlineCode = (text: string): string[] => [...text.replace(/```[\s\S]*?```/g, "").matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

/** The rows of the first Markdown table after `heading` (a line starting with it), split into trimmed cells. */
export function tableAfter(text: string, heading: string): string[][] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[][] = [];
  let i = lines[start].startsWith("|") ? start : lines.findIndex((l, n) => n > start && l.startsWith("|"));
  for (i += 2; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i].slice(1, -1).split(" | ").map((c) => c.trim()));
  return rows;
}
