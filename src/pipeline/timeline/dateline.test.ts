import { describe, expect, it } from "vitest";
import { stampEnd } from "./dateline.ts";

/** The stamp test for the first occurrence of `date` in `text`, in a one-sentence text. */
function stamp(text: string, date: string, sentence = { start: 0, end: text.length }) {
  const start = text.indexOf(date);
  const end = stampEnd(text, sentence, { start, end: start + date.length });
  return end === null ? null : text.slice(end);
}

describe("stampEnd", () => {
  it("finds a wire dateline and where the story starts after it", () => {
    expect(stamp("LYON, March 14, 2024 — The mayor confirmed the plan.", "March 14, 2024")).toBe(
      "The mayor confirmed the plan.",
    );
    expect(stamp("Lyon, France, 14 March 2024 (Agency) -- Talks began.", "14 March 2024")).toBe(
      "Talks began.",
    );
  });

  it("finds a line that is only the date or a labelled publication stamp", () => {
    const text = "March 14, 2024\n\nJane Example opened the bridge.";
    expect(stampEnd(text, { start: 0, end: 14 }, { start: 0, end: 14 })).not.toBeNull();
    expect(stamp("Published: 14 March 2024 | The council met.", "14 March 2024")).toBe(
      "The council met.",
    );
    expect(stamp("Updated 14 March 2024 10:30 GMT — Rain fell.", "14 March 2024")).toBe(
      "Rain fell.",
    );
  });

  it("does not take a date that is part of the first statement", () => {
    expect(stamp("On Wednesday, Jane Example opened the bridge.", "Wednesday")).toBeNull();
    expect(stamp("March 14, 2024 was the day the bridge opened.", "March 14, 2024")).toBeNull();
    expect(stamp("Jane Example opened the bridge on March 14, 2024.", "March 14, 2024")).toBeNull();
    expect(stamp("On March 14, 2024 — a Thursday — rain fell.", "March 14, 2024")).toBeNull();
  });

  it("looks only at the very start of the article", () => {
    const text = "The bridge opened. LYON, March 14, 2024 — More news.";
    const start = text.indexOf("March");
    expect(stampEnd(text, { start: 19, end: text.length }, { start, end: start + 14 })).toBeNull();
  });
});
