import { describe, expect, it } from "vitest";
import type { Article, NameMention } from "../../core/model.ts";
import { splitParagraphs, splitSentences } from "../ingest/segment.ts";
import { type AttributionContext, sentenceAt } from "./attribution-context.ts";
import { subjectFinder } from "./attribution-subject.ts";
import { tokenizeRange } from "./attribution-tokens.ts";
import { findQuoteSpans } from "./quote-spans.ts";
import { attributeQuote, colonFromPreviousParagraph } from "./quote-speaker.ts";

function setup(text: string, names: string[]) {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
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
  const ctx: AttributionContext = { text, sentences, speakers };
  const article = { text, paragraphs, sentences } as Pick<
    Article,
    "text" | "paragraphs" | "sentences"
  >;
  return { ctx, article: article as Article, spans: findQuoteSpans(text, paragraphs) };
}

/** Who attributeQuote names for the first quotation in a one-paragraph text. */
function speakerOf(text: string, names: string[]) {
  const { ctx, spans } = setup(text, names);
  const q = spans[0];
  if (!q) throw new Error("no quotation");
  const sentenceStart = ctx.sentences[sentenceAt(ctx, q.start)]?.start ?? 0;
  const before = tokenizeRange(text, sentenceStart, q.start);
  const after = tokenizeRange(text, q.end, spans[1]?.start ?? text.length);
  const s = attributeQuote(ctx, subjectFinder(ctx), q, before, sentenceStart, after);
  return { name: s.mention?.name ?? null, attribution: s.attribution, unnamed: s.unnamed };
}

describe("attributeQuote", () => {
  it("lets a verb that hands over the quotation win over a name after it", () => {
    expect(
      speakerOf("Jane Roe said, “We stay,” and Tom Poe said nothing.", ["Jane Roe", "Tom Poe"]),
    ).toEqual({
      name: "Jane Roe",
      attribution: "before",
      unnamed: false,
    });
  });

  it("prefers an attribution right after a quotation woven into the sentence", () => {
    const text = "Jane Roe called the plan “reckless,” Tom Poe said.";
    expect(speakerOf(text, ["Jane Roe", "Tom Poe"]).name).toBe("Tom Poe");
  });

  it("takes the name at a colon", () => {
    expect(speakerOf("Jane Roe: “We stay.”", ["Jane Roe"])).toMatchObject({
      name: "Jane Roe",
      attribution: "colon",
    });
  });

  it("marks an unnamed speaker and an unresolvable pronoun as unnamed", () => {
    expect(speakerOf("“We stay,” officials said.", ["Jane Roe"])).toEqual({
      name: null,
      attribution: null,
      unnamed: true,
    });
    expect(speakerOf("“We stay,” they said.", ["Jane Roe"]).unnamed).toBe(true);
  });

  it("falls back to the sentence's subject when a verb of saying has no direct link", () => {
    const text = "Jane Roe issued a statement saying “we stay.”";
    expect(speakerOf(text, ["Jane Roe"])).toMatchObject({
      name: "Jane Roe",
      attribution: "before",
    });
  });

  it("finds nobody, and says nobody unnamed spoke, when no verb of saying is near", () => {
    expect(speakerOf("Jane Roe read “War and Peace” twice.", ["Jane Roe"])).toEqual({
      name: null,
      attribution: null,
      unnamed: false,
    });
  });
});

describe("colonFromPreviousParagraph", () => {
  const run = (text: string, names: string[]) => {
    const { ctx, article, spans } = setup(text, names);
    const q = spans[spans.length - 1];
    if (!q) throw new Error("no quotation");
    const prev = spans[spans.length - 2];
    return colonFromPreviousParagraph(ctx, subjectFinder(ctx), article, q, prev)?.mention?.name;
  };

  it("takes `X said:` ending the previous paragraph", () => {
    expect(run("Jane Roe said:\n“We stay.”", ["Jane Roe"])).toBe("Jane Roe");
    expect(run("A statement from the spokeswoman, Jane Roe:\n“We stay.”", ["Jane Roe"])).toBe(
      "Jane Roe",
    );
  });

  it("needs the previous paragraph to end with a colon", () => {
    expect(run("Jane Roe said so.\n“We stay.”", ["Jane Roe"])).toBeUndefined();
  });
});
