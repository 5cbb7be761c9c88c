/** The reference pages' kusto code blocks, shared by extract.ts and extract-runs.ts. */

/** A functions-library tab heading (`#### [Query-defined](#tab/query-defined)`). */
export const TAB = /^#{2,4} \[[^\]]*\]\(#tab\/([a-z-]+)\)/;
/** A query block's opening fence: ``` or ~~~ then `kusto` (a ```Kusto block after a query holds its output). */
export const FENCE = /^(```|~~~)\s*kusto\s*$/;

export interface FencedBlock {
  /** The block's text, trimmed. */
  body: string;
  /** The tab it sits in ("" outside tabs; a `---` line closes a group of tabs). */
  tab: string;
  /** The line of its closing fence. */
  end: number;
}

/** Every kusto block of a page, in order, fenced with ``` or ~~~. */
export function* fencedBlocks(lines: string[]): Generator<FencedBlock> {
  let tab = "";
  for (let i = 0; i < lines.length; i++) {
    const t = TAB.exec(lines[i]);
    if (t) tab = t[1];
    if (lines[i].trim() === "---") tab = "";
    const fence = FENCE.exec(lines[i].trim());
    if (!fence) continue;
    let j = i + 1;
    const body: string[] = [];
    while (j < lines.length && lines[j].trim() !== fence[1]) body.push(lines[j++]);
    i = j;
    yield { body: body.join("\n").trim(), tab, end: j };
  }
}
