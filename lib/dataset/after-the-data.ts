/**
 * A dataset folder is a recording: it ends. The CLIs' `--at` defaults to now, so a newcomer who runs
 * `npm run simulate -- --scenario region-outage --out ./ds` (a dataset ending on the hour it ran) and
 * then `npm run snapshot -- --dataset ./ds` minutes later got every signal NO DATA and no incident,
 * with nothing saying the range lay past the data. Before the data is refused (the range would be
 * empty everywhere); past it is not, since the last rows still inform look-backs and "silent since"
 * reasons, so the tools say it on stderr with the `--at` that shows the data's end.
 */

/** A gap shorter than this is a recording's last minute, not a range past its end. */
const GAP_MS = 60_000;

/** The stderr line for a window ending past the dataset's newest row, or undefined when it does not. */
export function afterTheDataNote(args: { tool: string; latest: Date | null; end: Date; reads: string }): string | undefined {
  const { tool, latest, end, reads } = args;
  if (!latest || end.getTime() - latest.getTime() <= GAP_MS) return undefined;
  // The next whole second at or after the newest row: what one would type, and it still holds that row.
  const at = new Date(Math.ceil(latest.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
  return (
    `${tool}: the dataset's newest row is at ${latest.toISOString()}, ${gapWords(end.getTime() - latest.getTime())} before ` +
    `the end of the window (${end.toISOString()}): past it ${reads}. To look at the dataset's end, give --at ${at}`
  );
}

function gapWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
