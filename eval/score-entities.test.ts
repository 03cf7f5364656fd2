import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { mapped } from "./fixtures/predicted.ts";
import { crossPairs, scoreEntities } from "./score-entities.ts";

describe("scoreEntities", () => {
  it("judges predictions only where the gold speaks, and counts recall over gold names", async () => {
    const { corpus, seeds } = await fixture();
    const s = scoreEntities(mapped(corpus, seeds));
    // People: every predicted person sits on a gold name; "A Lisbon jury" and "him" are not names.
    expect(s.person).toMatchObject({ correct: 5, wrong: 0, unjudged: 0, gold: 5, found: 5 });
    // Organizations: the first source's "the Vell Foundation" was missed.
    expect(s.organization).toMatchObject({ correct: 1, wrong: 0, gold: 2, found: 1, r: 0.5 });
    expect(s.missed.map((m) => [m.article, m.text])).toEqual([["1_1ecb", "Vell Foundation"]]);
    // Places: Porto right; "Tollbridge" inside the prize's name wrong; "Lisbon" in "A Lisbon
    // jury" only modifies a common noun: not judged. The Lisbon of an unannotated sentence is not seen.
    expect(s.place).toMatchObject({ correct: 1, wrong: 1, unjudged: 1, gold: 1, found: 1, p: 0.5 });
    expect(s.wrong).toMatchObject([
      { text: "Tollbridge", gold: 'NON_HUMAN_PART "its Tollbridge Prize"' },
    ]);
  });

  it("scores cross-article merging within a topic against gold instances", async () => {
    const { corpus, seeds } = await fixture();
    const { merge, falseMerges, splits } = scoreEntities(mapped(corpus, seeds));
    // One predicted entity holds Mara Quill three times and Dov Petrakis once, in three articles:
    // 5 pairs, of which 3 are one gold person. Mara Quill has 4 mentions in 3 articles: 5 gold
    // pairs, 3 of them in one entity (the second source's "Quill" became another entity).
    expect(merge).toMatchObject({ predictedPairs: 5, correctPairs: 3, goldPairs: 5 });
    expect(merge.p).toBeCloseTo(0.6);
    expect(merge.r).toBeCloseTo(0.6);
    expect(falseMerges.map((g) => [g.key, g.parts.map((p) => [p.key, p.mentions])])).toEqual([
      [
        "person-quill",
        [
          ["HUM1", 3],
          ["HUM2", 1],
        ],
      ],
    ]);
    expect(splits.map((g) => g.key)).toEqual(["HUM1"]);
  });

  it("counts pairs across articles only", () => {
    expect(crossPairs(["a", "a", "b"], (x) => x)).toBe(2);
    expect(crossPairs(["a", "a"], (x) => x)).toBe(0);
  });
});
