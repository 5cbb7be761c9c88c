/**
 * todatetime() of text that is none of the datetime page's "Supported formats" but reads as part of
 * a date or time: a 12-hour or out-of-range time alone ("12:00 PM", "25:00"), a year and month ("2021-01"), a
 * date with an hour and no minutes ("2021-01-01T08"), a 12-hour clock ("2021-01-01 08:00 PM"), a
 * month written in words outside the RFC forms ("Jan 2021", "January 1, 2021"), a date with a zone
 * and no time ("2021-01-01Z"), a compact yyyyMMdd date ("20210101"), or RFC 822/850 text whose zone
 * is not GMT ("Sat, 8 Nov 14 15:05:02 EST", "... +0100").
 *
 * No page says what Kusto gives for them, and Kusto's lenient reading of other undocumented forms
 * (12-02-2022 → a date) shows it does not return null for every text outside the list. So these are
 * refused by name rather than answered null (or with a date the engine would have to guess); text
 * that is no date at all ("8", "not a date", "") stays null.
 *
 * The one exception is a 24-hour time alone, `h:mm[:ss[.fffffff]]`: an older edition of the datetime
 * page said "Omitting the date gives a time today", and the functions library's
 * time_window_rolling_avg_fl page prints `datetime(8:00)` as 08:00 of 2021-11-29, the day it ran.
 * The page says its formats serve datetime() literals and todatetime() alike, so both read it as
 * that time on now()'s UTC day (timeToday); with AM/PM it stays refused.
 */

const MONTH_WORD = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi;
const DAY_WORD = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi;

/** Month (and weekday) names, numbers and date punctuation only: "Jan 2021", "Tuesday, January 5, 2021 10:00". */
function wordedDate(s: string): boolean {
  const rest = s.replace(MONTH_WORD, " ");
  return rest !== s && /^[\d\s,./:-]*$/.test(rest.replace(DAY_WORD, " ").replace(/\b(GMT|UTC|Z)\b/gi, " "));
}

const PARTIAL_FORMS: [RegExp, string][] = [
  [/^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*(Z|GMT|UTC)?$/, "a time with no date"],
  [/^\d{1,2}\s*[AaPp]\.?[Mm]\.?$/, "a time with no date"],
  [/^\d{4}[-/.]\d{1,2}$/, "a year and month with no day"],
  [/^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}$/, "a date and an hour with no minutes"],
  [/\d\s*[AaPp]\.?[Mm]\.?$/, "a 12-hour (AM/PM) time"],
  [/^\d{4}-\d{1,2}-\d{1,2}\s*(Z|[+-]\d{2}:?\d{2})$/, "a date with a zone and no time"],
  // The page's RFC 822/850 forms end in %Z, shown only as GMT; RFC 822 itself also allows EST, PDT,
  // military letters and +hhmm, which the engine does not read, and null would be a guess.
  [/^([A-Za-z]+,\s*)?\d{1,2}[\s-][A-Za-z]{3}[\s-]\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?\s+(?!(GMT|UTC|Z)$)([A-Za-z]{1,5}|[+-]\d{4})$/, "RFC 822/850 text with a zone other than GMT"],
];

/** What `text` (which the documented formats do not read) is, when it is a partial date or time; else undefined. */
export function partialDatetime(text: string): string | undefined {
  let s = text.trim();
  if (/^(["']).*\1$/.test(s)) s = s.slice(1, -1).trim();
  if (!/\d/.test(s)) return undefined;
  const hit = PARTIAL_FORMS.find(([re]) => re.test(s));
  return hit?.[1] ?? (wordedDate(s) ? "a month written in words outside the RFC 822/850 forms" : compactDate(s) ? "a compact yyyyMMdd date" : undefined);
}

function compactDate(s: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(T?\d{4}(\d{2})?)?$/.exec(s);
  return !!m && Number(m[1]) >= 1000 && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31;
}

export const PARTIAL_DETAIL = "none of the datetime page's formats; Kusto documents no output for it";

const TIME_ALONE = /^\s*["']?(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?["']?\s*$/;
const DAY_MS = 86_400_000;

/** A 24-hour time alone ("8:00", "08:30:15.5") as that time on the UTC day of `asOf` (now()); undefined for any other text. */
export function timeToday(text: string, asOf: number): number | undefined {
  const m = TIME_ALONE.exec(text);
  if (!m) return undefined;
  const [h, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  return Math.floor(asOf / DAY_MS) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + (m[4] ? Number(m[4]) * 1000 : 0);
}
