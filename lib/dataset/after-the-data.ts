/**
 * A dataset folder is a recording: it ends. The CLIs' `--at` defaults to now, so a newcomer who runs
 * `npm run simulate -- --scenario region-outage --out ./ds` (a dataset ending on the hour it ran) and
 * then `npm run snapshot -- --dataset ./ds` minutes later got every signal NO DATA and no incident,
 * with nothing saying the range lay past the data. Before the data is refused (the range would be
 * empty everywhere); past it is not, since the last rows still inform look-backs and "silent since"
 * reasons, so the tools say it on stderr with the `--at` that shows the data's end.
 */

import { formatUtc } from "../format/units";
import type { RecordingNote } from "../snapshot/types";

/** A gap shorter than this is a recording's last minute, not a range past its end. */
const GAP_MS = 60_000;

/** The next whole second at or after the newest row: what one would type, and it still holds that row. */
function atOfEnd(latest: Date): string {
  return new Date(Math.ceil(latest.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/**
 * The stderr line for a window ending past the dataset's newest row, or undefined when it does not.
 * `end` must be the end the output holds (a snapshot's asOf), named by `endName`.
 */
export function afterTheDataNote(args: { tool: string; latest: Date | null; end: Date; reads: string; endName?: string }): string | undefined {
  const { tool, latest, end, reads, endName = "the end of the window" } = args;
  if (!latest || end.getTime() - latest.getTime() <= GAP_MS) return undefined;
  const at = atOfEnd(latest);
  return (
    `${tool}: the dataset's newest row is at ${latest.toISOString()}, ${gapWords(end.getTime() - latest.getTime())} before ` +
    `${endName} (${end.toISOString()}): past it ${reads}. To look at the dataset's end, give --at ${at}`
  );
}

/**
 * The pages' version: a recorded dataset opened past its end (a live view, or an `at` after its
 * newest row) shows every source silent, which read as "the workspace is down". The sentence says
 * it is a recording that ended, and the `at` that shows its end (the pages link it). The statuses
 * stay what they are (NO DATA; the wall STALE): a finished recording is never a healthy one.
 */
export function recordingNote(args: { latest: Date | null; end: Date; live: boolean }): RecordingNote | undefined {
  const { latest, end, live } = args;
  if (!latest || end.getTime() - latest.getTime() <= GAP_MS) return undefined;
  const gap = gapWords(end.getTime() - latest.getTime());
  const endsAt = formatUtc(latest.toISOString());
  const when = live ? `${gap} ago` : `${gap} before the time shown`;
  return {
    endsAt: latest.toISOString(),
    at: atOfEnd(latest),
    sentence: `This workspace is a recorded dataset that ends at ${endsAt} (${when}): past its end every source reads as silent, not down.`,
    staleDetail: `Recorded dataset ended ${endsAt} (${when})`,
  };
}

/** The all-silent verdict's headline past a recording's end: the recording ended, nothing is down. */
export function recordingSilentHeadline(note: RecordingNote): string {
  return `Every telemetry source is silent: the recorded dataset ended at ${formatUtc(note.endsAt)}, nothing is recorded past it (the workspace is not down).`;
}

function gapWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
