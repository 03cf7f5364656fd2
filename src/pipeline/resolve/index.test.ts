import { describe, expect, it } from "vitest";
import type { ArticleFacts, NameMention, QuoteMention } from "../../core/model.ts";
import { resolveFacts } from "./index.ts";

const person = (name: string, start: number, role?: string): NameMention => ({
  type: "person",
  name,
  text: name,
  start,
  end: start + name.length,
  sentence: 0,
  ...(role ? { role } : {}),
});
const quote = (
  start: number,
  speakerMention: { start: number; end: number } | null,
): QuoteMention => ({
  type: "quote",
  start,
  end: start + 10,
  text: "“We won.”",
  quote: "We won.",
  sentence: 0,
  speaker: null,
  speakerMention,
  attribution: speakerMention ? "before" : null,
  partial: false,
});

describe("resolveFacts", () => {
  const facts: ArticleFacts[] = [
    {
      source: "a",
      names: [person("Ann Lee", 0, "Mayor")],
      dates: [],
      figures: [],
      quotes: [quote(20, { start: 0, end: 7 })],
    },
    {
      source: "b",
      names: [person("Ann Lee", 5)],
      dates: [],
      figures: [],
      quotes: [quote(30, null)],
    },
  ];
  const before = structuredClone(facts);
  const resolved = resolveFacts(facts);
  const { entities, quotes } = resolved;

  it("gives a quote the entity of the person it was attributed to", () => {
    expect(entities).toHaveLength(1);
    expect(quotes).toEqual([
      {
        speaker: entities[0]?.id,
        text: "We won.",
        source: "a",
        start: 20,
        end: 30,
        partial: false,
      },
      { speaker: null, text: "We won.", source: "b", start: 30, end: 40, partial: false },
    ]);
  });

  it("gives the speaker to the quote mention the source page shows", () => {
    expect(resolved.facts[0]?.quotes[0]?.speaker).toBe(entities[0]?.id);
    expect(resolved.facts[0]?.names[0]?.entity).toBe(entities[0]?.id);
  });

  it("leaves its input as it was", () => {
    expect(facts).toEqual(before);
  });
});
