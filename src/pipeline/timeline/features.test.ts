import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type { ArticleFacts, Entity, NameMention, QuoteMention } from "../../core/model.ts";
import { conceptOf } from "../../core/text/concepts.ts";
import { featuresOf } from "./features.ts";

const text =
  "Jane Example of the City Council said in Lyon on Monday that the bridge had collapsed. “It is closed,” she said.";
const article = articleFrom(text);

function name(words: string, type: NameMention["type"], entity?: string): NameMention {
  const start = text.indexOf(words);
  return {
    type,
    text: words,
    name: words,
    start,
    end: start + words.length,
    sentence: 0,
    ...(entity ? { entity } : {}),
  };
}

const quoteStart = text.indexOf("“");
const quote: QuoteMention = {
  type: "quote",
  text: "“It is closed,”",
  quote: "It is closed,",
  start: quoteStart,
  end: quoteStart + 15,
  sentence: 1,
  speaker: "person-jane-example",
  speakerMention: null,
  attribution: "pronoun",
  partial: false,
};

const facts: ArticleFacts = {
  source: "test",
  names: [
    name("Jane Example", "person", "person-jane-example"),
    name("City Council", "organization"),
    name("Lyon", "place", "place-lyon"),
  ],
  dates: [
    {
      type: "date",
      text: "Monday",
      start: text.indexOf("Monday"),
      end: text.indexOf("Monday") + 6,
      sentence: 0,
      expression: { kind: "weekday", weekday: 1 },
      value: null,
    },
  ],
  figures: [],
  quotes: [quote],
};
const entities = new Map<string, Entity>();

describe("featuresOf", () => {
  const first = article.sentences[0] ?? { start: 0, end: 0 };
  const second = article.sentences[1] ?? { start: 0, end: 0 };

  it("compares people, organizations and places as entities, not words", () => {
    const f = featuresOf(text, first, facts, entities);
    expect([...f.actors].sort()).toEqual(["organization:city council", "person-jane-example"]);
    expect([...f.places]).toEqual(["place-lyon"]);
    expect(f.words.has(conceptOf("jane"))).toBe(false);
    expect(f.words.has(conceptOf("lyon"))).toBe(false);
  });

  it("keeps content words as concepts, without dates and function words", () => {
    const f = featuresOf(text, first, facts, entities);
    expect([...f.words.keys()].sort()).toEqual(
      [conceptOf("bridge"), conceptOf("collapsed"), conceptOf("said")].sort(),
    );
  });

  it("counts a quote's speaker as an actor of the sentence the quote is in", () => {
    const f = featuresOf(text, second, facts, entities);
    expect([...f.actors]).toEqual(["person-jane-example"]);
  });
});
