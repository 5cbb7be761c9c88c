import { Fragment } from "react";

// "2026-11-20 13:00 UTC" and "13:00–13:41 UTC": a line may break around them, never inside ("2026-" / "11-20").
const DATE_OR_CLOCK = /(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?(?: UTC)?|\d{2}:\d{2}(?:–\d{2}:\d{2})?(?: UTC)?)/;

/** Text whose dates and clock times stay on one line on the wall (each in a nowrap span). */
export function Unbroken({ text }: { text: string }) {
  const parts = text.split(DATE_OR_CLOCK);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="whitespace-nowrap" data-unbroken="">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
