import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { storySources } from "./source.ts";

const file = (path: string, outlet: string) => ({
  path,
  bytes: new TextEncoder().encode(
    `---\ntitle: ${path}\noutlet: ${outlet}\n---\n\nText of ${path}.\n`,
  ),
});
const { articles } = ingest([
  file("a.md", "Harbor Daily"),
  file("b.md", "Continental Wire"),
  file("c.md", "Gulf Herald"),
]);
const facts = (source: string): ArticleFacts => ({
  source,
  names: [],
  dates: [],
  figures: [],
  quotes: [],
});

describe("storySources", () => {
  it("follows the story's source order, with labels", () => {
    const sources = storySources(
      { slug: "s", title: "S", sources: ["b", "a"] },
      articles,
      articles.map((a) => facts(a.id)),
    );
    expect(sources.map((s) => [s.index, s.article.id, s.facts.source, s.label])).toEqual([
      [0, "b", "b", "Continental Wire"],
      [1, "a", "a", "Harbor Daily"],
    ]);
  });

  it("finds facts by source when their order slips, and gives empty ones when missing", () => {
    const sources = storySources({ slug: "s", title: "S", sources: ["a", "c"] }, articles, [
      facts("c"),
      facts("a"),
    ]);
    expect(sources.map((s) => s.facts.source)).toEqual(["a", "c"]);
    const none = storySources({ slug: "s", title: "S", sources: ["a"] }, articles, []);
    expect(none[0]?.facts).toEqual(facts("a"));
  });

  it("leaves out ids with no article", () => {
    expect(
      storySources({ slug: "s", title: "S", sources: ["zz", "a"] }, articles, []).map(
        (s) => s.article.id,
      ),
    ).toEqual(["a"]);
  });
});
