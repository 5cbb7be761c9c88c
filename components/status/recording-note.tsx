import Link from "next/link";
import { viewHref, type ViewState } from "@/lib/charts/view-url";
import type { RecordingNote as Note } from "@/lib/snapshot/types";

/**
 * A recorded dataset viewed past its end: lib's sentence, and the same page as of the dataset's end
 * (a custom window becomes 24 h, since `at` beside from/to must equal `to`).
 */
export function RecordingNote({ note, pathname, view }: { note: Note | undefined; pathname: string; view: ViewState }) {
  if (!note) return null;
  const href = viewHref(pathname, view, { range: view.range === "custom" ? "24h" : view.range, from: null, to: null, at: note.at });
  return (
    <p role="status" className="rounded border-l-4 border-warn bg-white p-3 text-sm" data-recording-ends={note.endsAt}>
      {note.sentence}{" "}
      <Link className="font-medium text-blue-800 underline" href={href}>
        Open it as of its end
      </Link>
    </p>
  );
}
