import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { groups, mapped } from "./fixtures/predicted.ts";
import { scoreEvents } from "./score-events.ts";

describe("scoreEvents", () => {
  it("judges sentence pairs by shared gold action instances, and leaves unannotated ones apart", async () => {
    const { corpus, seeds } = await fixture();
    const articles = mapped(corpus, seeds);
    const s = scoreEvents(articles, groups(articles.map((a) => a.predicted)));
    expect(s).toMatchObject({ judged: 2, correct: 1, unjudged: 1, p: 0.5 });
    expect(s.byKind).toEqual({
      "claim:figure": { judged: 1, correct: 1, p: 1 },
      timeline: { judged: 1, correct: 0, p: 0 },
    });
  });

  it("counts recall over gold pairs within one gold story, and pairs across look-alikes apart", async () => {
    const { corpus, seeds } = await fixture();
    const articles = mapped(corpus, seeds);
    const s = scoreEvents(articles, groups(articles.map((a) => a.predicted)));
    // 1_1ecb/1 and 1_2ecb/0 both report the first win; the look-alike's sentence that recalls it
    // pairs with each across the two stories.
    expect(s).toMatchObject({ goldPairs: 1, found: 1, r: 1, crossStoryGoldPairs: 2 });
  });

  it("lists false pairs with both sentences and what made them", async () => {
    const { corpus, seeds } = await fixture();
    const articles = mapped(corpus, seeds);
    const [wrong] = scoreEvents(articles, groups(articles.map((a) => a.predicted))).falsePairs;
    expect(wrong?.relation).toBe("lookalikes");
    expect(wrong?.by.map((b) => b.kind)).toEqual(["timeline"]);
    expect([wrong?.a.article, wrong?.a.sentence, wrong?.b.article, wrong?.b.sentence]).toEqual([
      "1_1ecbplus",
      3,
      "1_2ecb",
      1,
    ]);
    expect(wrong?.a.text).toBe("A Lisbon jury chose him.");
    expect(wrong?.b.instances.sort()).toEqual(["ACT_FUND", "ACT_SAID_B"]);
  });

  it("finds single-source claims that another source of the story also reports", async () => {
    const { corpus, seeds } = await fixture();
    const articles = mapped(corpus, seeds);
    const s = scoreEvents(articles, groups(articles.map((a) => a.predicted)));
    expect(s.single).toEqual({
      judged: 2,
      alsoElsewhere: 1,
      fraction: 0.5,
      byKind: { "claim:statement": { judged: 2, alsoElsewhere: 1 } },
    });
    expect(s.statuses).toEqual({ agree: 1, differ: 1, "single-source": 2 });
  });
});
