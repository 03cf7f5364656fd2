import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import { splitParagraphs } from "../ingest/segment.ts";
import type { AttributionContext } from "./attribution-context.ts";
import { tokenizeRange } from "./attribution-tokens.ts";
import { continuedSpeaker, resumesSplitQuote } from "./quote-continuation.ts";
import { findQuoteSpans } from "./quote-spans.ts";
import type { QuoteSpeaker } from "./quote-speaker.ts";

function setup(text: string, names: string[]) {
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
  const ctx: AttributionContext = { text, sentences: [], speakers };
  const paragraphs = splitParagraphs(text);
  return { ctx, paragraphs, spans: findQuoteSpans(text, paragraphs) };
}

/** Whether the second quotation continues the speaker of the first, attributed up to `after`. */
function continues(text: string, after: string, names: string[] = ["Jane Roe", "Tom Poe"]) {
  const { ctx, paragraphs, spans } = setup(text, names);
  const [prev, q] = spans;
  const mention = ctx.speakers[0];
  if (!prev || !q || !mention) throw new Error("bad fixture");
  const end = text.indexOf(after) + after.length;
  const previous: QuoteSpeaker = { mention, attribution: "after", end, unnamed: false };
  const paragraphStart = paragraphs[q.paragraph]?.start ?? 0;
  return continuedSpeaker(ctx, previous, prev, q, paragraphStart)?.mention?.name ?? null;
}

describe("continuedSpeaker", () => {
  it("continues across a short attribution sentence", () => {
    expect(continues("“A,” Jane Roe said. “B.”", "said")).toBe("Jane Roe");
    expect(continues("“A,” said Jane Roe, who lives abroad. “B.”", "Jane Roe")).toBe("Jane Roe");
  });

  it("stops at another name or a long stretch of narration", () => {
    expect(continues("“A,” Jane Roe said. Tom Poe nodded. “B.”", "said")).toBeNull();
    expect(
      continues(
        "“A,” Jane Roe said. The meeting then went on for many more hours without a break. “B.”",
        "said",
      ),
    ).toBeNull();
  });

  it("continues a quotation left open into the next paragraph only", () => {
    expect(continues("Jane Roe said: “A.\n“B.”", ":")).toBe("Jane Roe");
    expect(continues("Jane Roe said: “A.”\n“B.”", ":")).toBeNull();
  });
});

describe("resumesSplitQuote", () => {
  const resumes = (text: string) => {
    const { spans } = setup(text, []);
    const [prev, q] = spans;
    if (!prev || !q) throw new Error("bad fixture");
    return resumesSplitQuote(text, prev, q, tokenizeRange(text, prev.end, q.start));
  };

  it("is true for the second half of a quotation split by `she said,`", () => {
    expect(resumes("“This is,” she said, pausing, “a disaster.”")).toBe(true);
  });

  it("is false when the first half ended its sentence or the words weave in", () => {
    expect(resumes("“This is it.” She said, “a disaster.”")).toBe(false);
    expect(resumes("“This is,” she said, adding that “a fix is near.”")).toBe(false);
    expect(resumes("“This is,” and “that.”")).toBe(false);
  });
});
