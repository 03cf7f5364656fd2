import { describe, expect, it } from "vitest";
import { stem } from "../../core/text/stem.ts";
import { contentWords, jaccard, SAME_EVENT_SIMILARITY, similarity } from "./date-events.ts";

describe("same-event similarity", () => {
  it("keeps names and content words, drops function and date words", () => {
    const w = contentWords("On Wednesday, the minister's troops entered the city on October 23.");
    expect([...w].sort()).toEqual(
      ["city", "entered", "minister", "troops"].map((w) => stem(w, { pluralsOnly: true })).sort(),
    );
  });

  it("matches two outlets' sentences about one event", () => {
    const a = contentWords(
      "On Wednesday, Defense Secretary Lloyd Austin confirmed that North Korea has deployed troops to Russia.",
    );
    const b = contentWords(
      "Defense Secretary Lloyd Austin affirmed on October 23 in Rome that North Korea has dispatched troops to Russia.",
    );
    expect(similarity(a, b)).toBeGreaterThanOrEqual(SAME_EVENT_SIMILARITY);
  });

  it("does not match sentences that only share a topic", () => {
    const a = contentWords(
      "On Wednesday, the minister confirmed that troops were sent to the border.",
    );
    const b = contentWords(
      "The president said at a press conference on October 21 that sending troops was a mistake.",
    );
    expect(similarity(a, b)).toBeLessThan(SAME_EVENT_SIMILARITY);
    expect(similarity(new Set(), new Set())).toBe(0);
  });
});

describe("jaccard", () => {
  it("divides shared words by all words", () => {
    expect(jaccard(2, 4, 4)).toBeCloseTo(2 / 6);
    expect(jaccard(0, 0, 0)).toBe(0);
  });
});
