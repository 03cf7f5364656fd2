import { describe, expect, it } from "vitest";
import type { Article } from "../../core/model.ts";
import { extractDates } from "../extract/dates.ts";
import { splitParagraphs, splitSentences } from "../ingest/segment.ts";
import { type DatedArticle, pairWeekdays, refKey } from "./date-pairs.ts";

function dated(id: string, text: string, outlet: string | null = null): DatedArticle {
  const paragraphs = splitParagraphs(text);
  const article: Article = {
    id,
    file: `${id}.txt`,
    format: "txt",
    title: id,
    titleGenerated: false,
    outlet,
    url: null,
    byline: null,
    published: null,
    publishedInferred: null,
    language: "en",
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    words: 0,
  };
  return { article, mentions: extractDates(article) };
}

describe("pairWeekdays", () => {
  it("links a weekday to another source's month-day for the same event", () => {
    const a = dated(
      "a",
      "On Wednesday, the harbour authority reopened the northern port to ships.",
      "Daily",
    );
    const b = dated(
      "b",
      "Rain fell on October 20. The harbour authority reopened the northern port on October 23.",
    );
    const { hints, links } = pairWeekdays([a, b]);
    expect(links.get(refKey(0, 0))).toMatchObject({ d: 1, i: 1 });
    expect(hints.get(refKey(1, 1))).toMatchObject({
      weekday: 3,
      why: "the day Daily gives for the same event",
    });
    expect(hints.has(refKey(1, 0))).toBe(false);
  });

  it("never pairs within one article", () => {
    const a = dated(
      "a",
      "On Wednesday, the harbour authority reopened the port. The harbour authority reopened the port on October 23.",
    );
    expect(pairWeekdays([a]).links.size).toBe(0);
  });

  it("ignores unrelated sentences, next-weekdays and dates that name their weekday", () => {
    const a = dated(
      "a",
      "On Wednesday, the harbour authority reopened the port. It meets next Friday.",
    );
    const b = dated("b", "A court ruled on October 23 against the mining company.");
    const c = dated(
      "c",
      "The harbour authority reopened the port on Wednesday, October 23. It meets on October 25.",
    );
    expect(pairWeekdays([a, b]).links.size).toBe(0);
    const ac = pairWeekdays([a, c]);
    expect(ac.hints.has(refKey(1, 0))).toBe(false);
    expect([...ac.links.values()].every((r) => !(r.d === 1 && r.i === 0))).toBe(true);
  });
});
