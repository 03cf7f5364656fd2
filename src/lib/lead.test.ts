import { describe, expect, it } from "vitest";
import { LEAD_CHARS, lead } from "./lead.ts";

const article = (text: string, ends: number[]) => ({
  text,
  sentences: ends.map((end, i) => ({
    start: i === 0 ? 0 : (ends[i - 1] ?? 0) + 1,
    end,
    paragraph: 0,
  })),
});

describe("lead", () => {
  it("is the article's first sentence", () => {
    const text = "The council met on Monday. It voted on Tuesday.";
    expect(lead(article(text, [26, 47]))).toBe("The council met on Monday.");
  });

  it("is the whole text when no sentence was found", () => {
    expect(lead({ text: "A short note", sentences: [] })).toBe("A short note");
  });

  it("cuts a very long first sentence and marks the cut", () => {
    const long = `${"word ".repeat(200)}end.`;
    const cut = lead(article(long, [long.length]));
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(LEAD_CHARS + 1);
    expect(cut).not.toMatch(/\s…$/);
  });
});
