import { describe, expect, it } from "vitest";
import { renderParagraphs, type Segment } from "./highlight.ts";

const flat = (segments: Segment[]): string =>
  segments
    .map((s) =>
      "mark" in s ? `[${flat(s.children.length ? s.children : [{ text: s.text }])}]` : s.text,
    )
    .join("");

describe("renderParagraphs", () => {
  const text = "Ann Lee said “we won in Rome.” Then she left.\nNext paragraph.";
  const paragraphs = [
    { start: 0, end: 45 },
    { start: 46, end: 61 },
  ];
  const sentences = [
    { start: 0, end: 30, paragraph: 0 },
    { start: 31, end: 45, paragraph: 0 },
    { start: 46, end: 61, paragraph: 1 },
  ];
  const marks = [
    { type: "person", start: 0, end: 7, entity: "person-ann-lee" },
    { type: "quote", start: 13, end: 30 },
    { type: "place", start: 24, end: 28, entity: "place-rome" },
  ];
  const rendered = renderParagraphs(text, paragraphs, sentences, marks);

  it("keeps every character, in order", () => {
    const all = rendered
      .map((p) => p.map((s) => s.segments.map((g) => g.text).join("")).join(""))
      .join("\n");
    expect(all).toBe(text);
  });

  it("gives each sentence its index so it can be linked", () => {
    expect(rendered[0]?.filter((s) => s.index >= 0).map((s) => s.index)).toEqual([0, 1]);
    expect(rendered[1]?.[0]?.index).toBe(2);
  });

  it("nests names inside the quote that contains them", () => {
    expect(flat(rendered[0]?.[0]?.segments ?? [])).toBe("[Ann Lee] said [“we won in [Rome].”]");
  });

  it("drops a mention that crosses one already placed instead of breaking the text", () => {
    const r = renderParagraphs(
      "abcdef",
      [{ start: 0, end: 6 }],
      [{ start: 0, end: 6, paragraph: 0 }],
      [
        { type: "person", start: 0, end: 4 },
        { type: "place", start: 2, end: 6 },
      ],
    );
    expect(flat(r[0]?.[0]?.segments ?? [])).toBe("[abcd]ef");
  });
});
