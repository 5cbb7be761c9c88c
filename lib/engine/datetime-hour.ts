/**
 * A datetime with a one-digit hour (`datetime(2021-11-29 8:00)`, todatetime("Sat, 8 Nov 14 5:05 GMT")).
 *
 * The datetime page's "Supported formats" write every hour as %H and every example with two digits,
 * while they mark the month and day that may go unpadded with their own specifiers (%n, %e in the
 * "Sortable" forms); ISO 8601 and RFC 822/850, the standards the page names, have two-digit hours
 * too. Microsoft's analyzer accepts the one-digit form and no page says what Kusto reads, so it is
 * refused by name, in a literal and in todatetime() alike, in every date form (the RFC, sortable and
 * US ones were read leniently before). A time alone (`datetime(8:00)`) is a different refusal.
 */

/** A date (anything with no colon, ending in a digit), then a blank or `T`, then `h:mm`. */
const ONE_DIGIT_HOUR = /^\s*["']?[^:]*\d(?:\s+|T\s*)\d:\d{2}(?!\d)/;

export function hasOneDigitHour(text: string): boolean {
  return ONE_DIGIT_HOUR.test(text);
}

export const ONE_DIGIT_HOUR_LITERAL = "a datetime literal with a one-digit hour (datetime(2021-11-29 8:00): the datetime page's formats write the hour as %H, two digits)";
export const ONE_DIGIT_HOUR_TEXT = "todatetime() of text with a one-digit hour (the datetime page's formats write the hour as %H, two digits)";
