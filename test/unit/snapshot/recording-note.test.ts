import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecordingNote } from "@/components/status/recording-note";
import { recordingNote } from "@/lib/dataset/after-the-data";

/** The overview and drill-downs print lib's sentence and link the same page as of the recording's end. */
describe("RecordingNote", () => {
  const note = recordingNote({ latest: new Date("2026-11-22T09:59:00Z"), end: new Date("2026-11-22T12:00:00Z"), live: true });
  const view = { range: "6h", from: "2026-11-22T06:00:00.000Z", to: "2026-11-22T12:00:00.000Z", region: "uksouth" };

  it("says why every source is silent and links the view as of the dataset's end", () => {
    const html = renderToStaticMarkup(createElement(RecordingNote, { note, pathname: "/signals/replication", view }));
    expect(html).toContain("This workspace is a recorded dataset that ends at 2026-11-22 09:59:00 UTC (2 h ago)");
    expect(html).toContain('href="/signals/replication?range=6h&amp;at=2026-11-22T09%3A59%3A00Z&amp;region=uksouth"');
  });

  it("turns a custom window into 24 h (at beside from/to must equal to), and renders nothing without a note", () => {
    const html = renderToStaticMarkup(createElement(RecordingNote, { note, pathname: "/", view: { ...view, range: "custom", region: undefined } }));
    expect(html).toContain('href="/?range=24h&amp;at=2026-11-22T09%3A59%3A00Z"');
    expect(renderToStaticMarkup(createElement(RecordingNote, { note: undefined, pathname: "/", view }))).toBe("");
  });
});
