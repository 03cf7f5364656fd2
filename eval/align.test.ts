import { describe, expect, it } from "vitest";
import { align } from "./align.ts";

const written = (sentences: string[]) => {
  const map = new Map(sentences.map((s, i) => [i, s]));
  const tokens: { start: number; end: number }[] = [];
  const tokenSentences: number[] = [];
  sentences.forEach((s, n) => {
    for (const m of s.matchAll(/\S+/g)) {
      tokens.push({ start: m.index, end: m.index + m[0].length });
      tokenSentences.push(n);
    }
  });
  return { sentences: map, tokens, tokenSentences };
};
const words = (text: string, ranges: ({ start: number; end: number } | null)[]) =>
  ranges.map((r) => (r ? text.slice(r.start, r.end) : null));

describe("align", () => {
  it("finds whole sentences, and leaves a headline that is not in the text unmapped", () => {
    const w = written(["Quill wins", "Quill won it.", "She smiled."]);
    const text = "Quill won it.\n\nShe smiled.";
    expect(words(text, align(text, w))).toEqual([
      null,
      null,
      "Quill",
      "won",
      "it.",
      "She",
      "smiled.",
    ]);
    expect(align(text, w)[2]).toEqual({ start: 0, end: 5 });
  });

  it("finds the tokens of a sentence that ingest changed, between its neighbours", () => {
    const w = written(["Quill won.", "She  said   so.", "Then left."]);
    const text = "Quill won.\n\nShe said so.\n\nThen left.";
    expect(words(text, align(text, w))).toEqual([
      "Quill",
      "won.",
      "She",
      "said",
      "so.",
      "Then",
      "left.",
    ]);
  });

  it("does not take a short repeated line from further down", () => {
    const w = written(["Updated", "Quill won.", "Updated"]);
    const text = "Quill won.\n\nUpdated";
    const got = words(text, align(text, w));
    expect(got[0]).toBeNull();
    expect(got.slice(1)).toEqual(["Quill", "won.", "Updated"]);
  });
});
