import { describe, expect, it } from "vitest";
import {
  CONFLICT,
  DAY,
  FESTIVAL,
  INFERRED,
  INFERRED_REASON,
  MONTH,
  SINCE,
  SOURCES,
  STORY_TITLES,
  WEEK,
} from "../../tests/support/timeline-fixtures.ts";
import { sourceLookup } from "./timeline-items.ts";
import {
  conflictWords,
  describeTimeline,
  endWords,
  eventWords,
  startWords,
} from "./timeline-text.ts";

const { labelOf } = sourceLookup(SOURCES);
const words = (e: typeof DAY) => eventWords(e, labelOf);

describe("eventWords", () => {
  it("words the date as the rest of the site does, with the count of sources", () => {
    expect(words(DAY).date).toBe("21 October 2024");
    expect(words(WEEK).date).toBe("the week of 14 October 2024");
    expect(words(MONTH).date).toBe("August 2023");
    expect(words(SINCE).date).toBe("since August 2023");
    expect(words(DAY).meta).toEqual(["21 October 2024", "3 sources"]);
    expect(words(WEEK).meta).toEqual(["the week of 14 October 2024", "1 source"]);
  });

  it("says inferred, with the reason, in the small print, tip, name and note", () => {
    const w = words(INFERRED);
    expect(w.meta).toContain("inferred");
    expect(w.inferred).toBe(INFERRED_REASON);
    expect(w.tip[0]).toEqual({ text: "24 October 2024 (inferred)", bold: true });
    expect(w.tip.map((l) => l.text)).toContain(`Inferred: ${INFERRED_REASON}`);
    expect(w.aria).toContain(`Inferred: ${INFERRED_REASON}`);
    expect(w.note).toBe(`inferred: ${INFERRED_REASON}`);
    expect(w.first).toEqual([]);
    expect(w.aria).toContain("Which source reported it first is not known.");
  });

  it("names each source's date when they differ", () => {
    const w = words(CONFLICT);
    const differ = "Lyon Wire gives 22 October 2024; North Post gives 23 October 2024";
    expect(conflictWords(CONFLICT, labelOf)).toBe(differ);
    expect(w.meta).toContain("dates differ");
    expect(w.tip.at(-1)?.text).toBe(`Sources differ: ${differ}`);
    expect(w.note).toBe(`sources differ: ${differ}`);
    expect(conflictWords(DAY, labelOf)).toBeNull();
  });

  it("starts the link's name with the label's words, then the other facts", () => {
    expect(words(DAY).aria).toBe(
      `21 October 2024, 3 sources. ${DAY.title}. Reported by The Daily Example, Lyon Wire and North Post. First reported by Lyon Wire.`,
    );
  });

  it("names the story when story titles are given", () => {
    const w = eventWords(FESTIVAL, labelOf, STORY_TITLES);
    expect(w.story).toBe("A festival on the river");
    expect(w.tip.map((l) => l.text)).toContain("Story: A festival on the river");
    expect(words(FESTIVAL).story).toBeNull();
  });

  it("gives an untitled event a placeholder rather than an empty label", () => {
    expect(words({ ...DAY, title: "  " }).title).toBe("(untitled event)");
  });
});

describe("start and end in words", () => {
  it("keeps each end at the date's own precision", () => {
    expect(startWords(MONTH.date)).toBe("August 2023");
    expect(endWords(MONTH.date)).toBe("August 2023");
    expect(startWords(SINCE.date)).toBe("1 August 2023");
    expect(endWords(SINCE.date)).toBe("25 October 2024");
    expect(endWords(CONFLICT.date)).toBe("23 October 2024");
  });
});

describe("describeTimeline", () => {
  const item = (e: typeof DAY) => ({ event: e, words: words(e) });

  it("sums up one event", () => {
    expect(describeTimeline([item(WEEK)], [], null)).toBe(
      "1 dated event: Delegations met in Lyon, the week of 14 October 2024. It is reported by 1 source.",
    );
  });

  it("says when every event has one source or several", () => {
    expect(describeTimeline([item(WEEK), item(INFERRED)], [], null)).toContain(
      "Each is reported by one source.",
    );
    expect(describeTimeline([item(DAY), item(MONTH)], [], null)).toContain(
      "Each is reported by more than one source.",
    );
  });

  it("says where the axis breaks and across how many stories", () => {
    const text = describeTimeline(
      [item(MONTH), item(DAY)],
      [{ before: "31 August 2023", after: "21 October 2024" }],
      2,
    );
    expect(text).toMatch(/^2 dated events across 2 stories from August 2023 to 21 October 2024\./);
    expect(text).toContain("The time axis is broken between 31 August 2023 and 21 October 2024");
  });

  it("has a sentence for no events", () => {
    expect(describeTimeline([], [], null)).toBe("No dated events.");
  });
});
