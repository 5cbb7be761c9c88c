/**
 * "12-02-2022": no reference page gives the order Kusto reads nn-nn-yyyy text in. A public KQL-to-SQL
 * translator records it measured on the Kusto emulator: '12-02-2022' is 2022-12-02 and '13-01-2022'
 * is null, "which is what proves the order" (month first, as .NET's invariant culture reads it). Only
 * the bare date is read so; with a time or other text after it the text stays refused (value-ops.ts).
 */
const BARE = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/;

/** Milliseconds of a bare MM-dd-yyyy date; null when it names no day; undefined when the text is not one. */
export function monthFirstDate(text: string): number | null | undefined {
  const m = BARE.exec(text);
  if (!m) return undefined;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 02-30 over into March: such a day does not exist, and Kusto's parse fails on it.
  return new Date(ms).getUTCDate() === day && year >= 1 ? ms : null;
}
