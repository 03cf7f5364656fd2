import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./segment.ts";

const sentences = (text: string) =>
  splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

describe("splitParagraphs", () => {
  it("treats each non-empty line as a paragraph in one-paragraph-per-line text", () => {
    const text = "First paragraph here.\nSecond paragraph.\n\nThird.";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "First paragraph here.",
      "Second paragraph.",
      "Third.",
    ]);
  });

  it("joins hard-wrapped lines into blank-line-separated paragraphs", () => {
    const line = "This line was wrapped by an email client at a fixed width and";
    const text = `${line}\ncontinues here on the next line without a break\n\n${line}\nends here.`;
    const paras = splitParagraphs(text);
    expect(paras).toHaveLength(2);
    expect(text.slice(paras[0]?.start, paras[0]?.end)).toContain("continues here");
  });

  it("gives offsets that point into the text", () => {
    const text = "  Indented.\n\n  Another.  ";
    for (const p of splitParagraphs(text)) expect(text.slice(p.start, p.end).trim()).not.toBe("");
  });
});

describe("splitSentences", () => {
  it("splits at sentence punctuation followed by a capital", () => {
    expect(sentences("He left. She stayed! Why? Nobody knows.")).toEqual([
      "He left.",
      "She stayed!",
      "Why?",
      "Nobody knows.",
    ]);
  });

  it("does not split after titles, initials or months", () => {
    expect(sentences("Dr. Jane Q. Public met Gen. Smith on Jan. 5 in the city.")).toHaveLength(1);
    expect(sentences("Fr. Example and Cpl. Example met Acme Inc. staff.")).toHaveLength(1);
  });

  it("lets a name's suffix end a sentence", () => {
    expect(sentences("The award went to Jane Example Jr. The ceremony was short.")).toHaveLength(2);
  });

  it("keeps U.S. inside a sentence but ends one before a sentence opener", () => {
    expect(sentences("The U.S. Defense Secretary spoke. He left.")).toHaveLength(2);
    expect(sentences("The plan could threaten the U.S. However, nobody agreed.")).toEqual([
      "The plan could threaten the U.S.",
      "However, nobody agreed.",
    ]);
  });

  it("keeps closing quotes with the sentence they close", () => {
    expect(sentences("He said, “It is over.” Then he left.")).toEqual([
      "He said, “It is over.”",
      "Then he left.",
    ]);
  });

  it("records the paragraph of each sentence", () => {
    const text = "One. Two.\nThree.";
    expect(splitSentences(text, splitParagraphs(text)).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
