import { describe, expect, it } from "vitest";
import { ecbplus, parseAnnotated } from "./ecbplus.ts";
import { FIXTURE_DIR } from "./fixtures/fixture.ts";

describe("ecbplus", () => {
  it("reads every article of the fixture in a stable order, with its topic and gold story", async () => {
    const { articles } = await ecbplus(FIXTURE_DIR);
    expect(articles.map((a) => [a.id, a.topic, a.event])).toEqual([
      ["1_1ecb", 1, "1ecb"],
      ["1_2ecb", 1, "1ecb"],
      ["1_1ecbplus", 1, "1ecbplus"],
    ]);
  });

  it("gives each mention its tokens and cross-document instance, and names instances", async () => {
    const { articles } = await ecbplus(FIXTURE_DIR);
    const a = articles[1];
    const inventor = a?.mentions.find((m) => m.tag === "HUMAN_PART_PER");
    expect(inventor?.tokens.map((i) => a?.tokens[i]?.text)).toEqual([
      "to",
      "inventor",
      "Mara",
      "Quill",
    ]);
    expect(inventor?.instance).toBe("HUM1");
    expect(a?.mentions.filter((m) => m.instance === "ACT_WIN_A")).toHaveLength(1);
    expect(a?.descriptors.get("ACT_WIN_A")).toBe("t1_act_win_a");
    // Instance descriptors are not mentions.
    expect(a?.mentions.every((m) => m.tokens.length > 0)).toBe(true);
  });

  it("reads the annotated sentences and keeps only the topics asked for", async () => {
    const { annotated } = await ecbplus(FIXTURE_DIR);
    expect(annotated.has("1_1ecb/0")).toBe(true);
    expect(annotated.has("1_1ecb/2")).toBe(false);
    expect((await ecbplus(FIXTURE_DIR, new Set([2]))).articles).toEqual([]);
    expect(parseAnnotated("Topic,File,Sentence Number\r\n3,7ecbplus,4\r\n")).toEqual(
      new Set(["3_7ecbplus/4"]),
    );
  });
});
