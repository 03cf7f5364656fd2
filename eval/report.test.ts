import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { fixture } from "./fixtures/fixture.ts";
import { groups, predictedArticles } from "./fixtures/predicted.ts";
import { json, markdown, summary, summaryValues, table, worstPairs } from "./report.ts";

async function result() {
  const { corpus, seeds } = await fixture();
  const articles = predictedArticles(seeds);
  const predicted = {
    articles,
    stories: [{ id: "prize", title: "Prize", sources: articles.map((a) => a.id) }],
    groups: groups(articles),
    log: ["cluster  1 story 0 ms"],
    ms: 1000,
  };
  const run = { command: "npm run eval", pipelineSeconds: 1, totalSeconds: 2, log: predicted.log };
  return { r: evaluate(corpus, seeds, predicted), run };
}

const REQUIRED = [
  "stories.pairF1",
  "stories.b3F1",
  "stories.mergedLookalikes",
  "entities.per.f1",
  "entities.org.f1",
  "entities.place.f1",
  "entities.mergeP",
  "events.p",
  "events.r",
  "times.f1",
];

describe("report", () => {
  it("writes one SUMMARY line with every required key, fractions between 0 and 1", async () => {
    const { r } = await result();
    const line = summary(r);
    expect(line).not.toContain("\n");
    const values = new Map(
      line
        .replace(/^SUMMARY /, "")
        .split(" ")
        .map((kv) => kv.split("=") as [string, string]),
    );
    for (const key of REQUIRED) expect(values.has(key), key).toBe(true);
    expect(values.get("stories.mergedLookalikes")).toBe("1");
    expect(values.get("events.p")).toBe("0.500");
    expect(values.get("entities.place.f1")).toBe("0.667");
    for (const [key, value] of summaryValues(r)) {
      if (/\.(p|r|f1|pair[PRF1]+|b3F1|mergeP|mergeR|singleFalse|sameDay[PR])$/.test(key)) {
        expect(Number(value), key).toBeGreaterThanOrEqual(0);
        expect(Number(value), key).toBeLessThanOrEqual(1);
      }
    }
  });

  it("prints a table and the worst false pairs with both sentences", async () => {
    const { r, run } = await result();
    const t = table(r, run);
    expect(t).toMatch(/People \(PER\)\s+1\.000\s+1\.000\s+1\.000\s+5\s+0\s+5/);
    expect(t).toContain("2 of 7 annotated sentences not in the analysed text");
    const worst = worstPairs(r);
    expect(worst).toContain("1_1ecbplus/3: A Lisbon jury chose him.");
    expect(worst).toContain("1_2ecb/1: Quill said the prize money would fund a workshop in Porto.");
  });

  it("writes a Markdown report of the errors and a JSON report", async () => {
    const { r, run } = await result();
    const md = markdown(r, run);
    expect(md).toContain("## False same-event pairs");
    // Each relation of false pair gets its own list, so one kind cannot hide the others.
    expect(md).toMatch(/### lookalikes \(1\)\n\n1\. /);
    // The fixture's one story mixes both look-alikes: each article with its first sentence.
    expect(md).toContain(
      "  - 1_1ecbplus “Dov Petrakis wins Tollbridge Prize”: Dov Petrakis won the Tollbridge Prize on Friday, a year after Mara Quill's win.",
    );
    expect(md).toContain("[t1_act_choose_b]: A Lisbon jury chose him.");
    expect(md).toContain('place “Tollbridge” (gold: NON_HUMAN_PART "its Tollbridge Prize")');
    expect(md).toContain("- 1_1ecb/0: Mara Quill wins Tollbridge Prize");
    const j = json(r, run) as {
      summary: Record<string, string>;
      events: { falsePairs: unknown[] };
    };
    expect(j.summary["events.r"]).toBe("1.000");
    expect(j.events.falsePairs).toHaveLength(1);
  });
});
