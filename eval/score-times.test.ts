import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { mapped } from "./fixtures/predicted.ts";
import { scoreTimes } from "./score-times.ts";

describe("scoreTimes", () => {
  it("scores TIME_DATE detection, gold trimmed of its preposition", async () => {
    const { corpus, seeds } = await fixture();
    const { detection, wrong } = scoreTimes(mapped(corpus, seeds));
    expect(detection).toMatchObject({ correct: 3, wrong: 1, gold: 3, found: 3, r: 1, p: 0.75 });
    expect(wrong.map((w) => [w.text, w.gold])).toEqual([["Quill said", 'HUMAN_PART_PER "Quill"']]);
  });

  it("checks that dates read as the same day are one gold time, and the reverse", async () => {
    const { corpus, seeds } = await fixture();
    const { sameDay, falseSameDay } = scoreTimes(mapped(corpus, seeds));
    // Three dates on one day in three articles: 3 pairs, only the two Mondays one gold time.
    expect(sameDay).toMatchObject({
      predictedPairs: 3,
      correctPairs: 1,
      goldPairs: 1,
      foundPairs: 1,
    });
    expect(sameDay.p).toBeCloseTo(1 / 3);
    expect(sameDay.r).toBe(1);
    expect(falseSameDay.map((g) => g.parts.map((p) => [p.key, p.mentions]))).toEqual([
      [
        ["TIM_A", 2],
        ["TIM_B", 1],
      ],
    ]);
  });
});
