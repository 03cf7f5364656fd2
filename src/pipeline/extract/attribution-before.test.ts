import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import { splitParagraphs, splitSentences } from "../ingest/segment.ts";
import { attributeBefore, introducesQuote } from "./attribution-before.ts";
import type { AttributionContext } from "./attribution-context.ts";
import { tokenizeRange } from "./attribution-tokens.ts";

function context(text: string, names: string[]): AttributionContext {
  const speakers: NameMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      speakers.push({
        type: "person",
        name,
        start: i,
        end: i + name.length,
        text: name,
        sentence: 0,
      });
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  const paragraphs = splitParagraphs(text);
  return { text, speakers, sentences: splitSentences(text, paragraphs) };
}

/** Who attributeBefore finds for the words before the first “ in `text`. */
function speakerBefore(text: string, names: string[] = []): string | null {
  const ctx = context(text, names);
  const end = text.indexOf("“");
  const found = attributeBefore(ctx, tokenizeRange(text, 0, end), 0);
  if (!found) return null;
  if (found.kind === "mention") return found.mention.name;
  if (found.kind === "pronoun") return `pronoun:${found.pronoun}`;
  return "unnamed";
}

describe("attributeBefore", () => {
  it("takes the name right before the verb", () => {
    expect(speakerBefore("Jane Roe noted, “…”", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerBefore("Jane Roe stated on the same day, “…”", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerBefore("Jane Roe replied that “…”", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerBefore("Jane Roe described this as a “…”", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("skips an appositive that names other people and bodies", () => {
    const text =
      "Jane Roe, a former aide to Tom Poe at the Council and now a scholar at the Institute, commented, “…”";
    expect(speakerBefore(text, ["Jane Roe", "Tom Poe", "Council", "Institute"])).toBe("Jane Roe");
  });

  it("passes over a subordinate verb to the main one", () => {
    expect(speakerBefore("When asked about it, Jane Roe replied that “…”", ["Jane Roe"])).toBe(
      "Jane Roe",
    );
  });

  it("passes over a participle to the verb before it", () => {
    expect(speakerBefore("Jane Roe spoke, adding “…”", ["Jane Roe"])).toBeNull();
    expect(speakerBefore("Jane Roe said, adding that “…”", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("reports a pronoun subject", () => {
    expect(speakerBefore("He added, “…”")).toBe("pronoun:he");
    expect(speakerBefore("She also said “…”")).toBe("pronoun:she");
  });

  it("reads `according to X` and `said X`", () => {
    expect(speakerBefore("According to Jane Roe, “…”", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerBefore("Said Jane Roe: “…”", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("reads the agent of a passive verb", () => {
    expect(speakerBefore("The plan was described by Jane Roe as “…”", ["Jane Roe"])).toBe(
      "Jane Roe",
    );
    expect(speakerBefore("The plan was described as “…”", ["Jane Roe"])).toBeNull();
  });

  it("says `unnamed` when the verb's subject is not a name", () => {
    expect(speakerBefore("Jane Roe left, and officials said “…”", ["Jane Roe"])).toBe("unnamed");
    expect(speakerBefore("Jane Roe’s aides said “…”", ["Jane Roe"])).toBe("unnamed");
  });

  it("finds nothing without a verb of saying", () => {
    expect(speakerBefore("Jane Roe called a so-called “…”", ["Tom Poe"])).toBe("unnamed");
    expect(speakerBefore("Jane Roe wants a “…”", ["Jane Roe"])).toBeNull();
  });
});

describe("introducesQuote", () => {
  const intro = (text: string) => introducesQuote(tokenizeRange(text, 0, text.length));
  it("is true for a verb, a verb and comma, or a colon right before the quotation", () => {
    expect(intro("Jane Roe said ")).toBe(true);
    expect(intro("Jane Roe noted, ")).toBe(true);
    expect(intro("Jane Roe stated on the same day, ")).toBe(true);
    expect(intro("The message was clear: ")).toBe(true);
  });

  it("is false when the quoted words continue the writer's sentence", () => {
    expect(intro("Jane Roe replied that ")).toBe(false);
    expect(intro("Jane Roe described this as a ")).toBe(false);
    expect(intro("The plan, ")).toBe(false);
    expect(intro("")).toBe(false);
  });
});
