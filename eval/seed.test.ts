import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { markdownEscape, seed, sentenceUrl } from "./seed.ts";

describe("seed", () => {
  it("takes a link in sentence 0 as the URL and its host as the outlet, and does not write it", async () => {
    const { corpus } = await fixture();
    const s = seed(corpus.articles[2] as (typeof corpus.articles)[number]);
    expect(s.path).toBe("1_1ecbplus.md");
    expect(s.url).toBe("http://www.example.org/news/prize-winner");
    expect(s.outlet).toBe("example.org");
    expect(s.contents).toMatch(
      /^---\nurl: "http:\/\/www\.example\.org\/news\/prize-winner"\noutlet: "example\.org"\n---\nDov Petrakis wins Tollbridge Prize\n\nDov Petrakis won/,
    );
    expect([...s.sentences.keys()]).toEqual([1, 2, 3]);
    expect(s.tokens[0]).toBeNull();
  });

  it("writes an article without a link as plain paragraphs, first sentence first", async () => {
    const { corpus } = await fixture();
    const s = seed(corpus.articles[0] as (typeof corpus.articles)[number]);
    expect(s.url).toBeNull();
    expect(s.contents.split("\n\n")[0]).toBe("Mara Quill wins Tollbridge Prize");
    const first = s.tokens[0];
    expect(first && s.sentences.get(0)?.slice(first.start, first.end)).toBe("Mara");
  });

  it("reads a link only when sentence 0 is one", () => {
    expect(sentenceUrl(["www", ".", "example", ".", "org", "/", "a"])).toBe(
      "http://www.example.org/a",
    );
    expect(sentenceUrl(["Quill", "wins", "again"])).toBeNull();
  });

  it("escapes Markdown so that it reads back as the same text", () => {
    for (const line of [
      "1. Quill *won* [the] prize_money <b> & # more",
      "- a dash",
      "# not a heading",
      "= 4",
    ]) {
      const back = mdastToString(fromMarkdown(markdownEscape(line)));
      expect(back).toBe(line);
    }
  });
});
