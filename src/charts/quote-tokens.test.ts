import { describe, expect, it } from "vitest";
import { QUOTE } from "../../tests/support/chart-fixtures.ts";
import type { DiffToken } from "../core/model.ts";
import { changedRuns, layoutQuote, pieces, plainText } from "./quote-tokens.ts";
import { textWidth } from "./text-width.ts";

const tokens = (s: string, changed: number[] = []): DiffToken[] =>
  s.split(" ").map((text, i) => ({ text, op: changed.includes(i) ? "changed" : "same" }));

describe("pieces", () => {
  it("joins words with spaces but not before closing punctuation", () => {
    const ps = pieces(tokens("We will respond , he said ."));
    expect(plainText(ps)).toBe("We will respond, he said.");
  });

  it("respects white-space tokens when the diff keeps them", () => {
    const ps = pieces([
      { text: "very", op: "same" },
      { text: ",", op: "changed" },
      { text: " ", op: "same" },
      { text: "very", op: "changed" },
    ]);
    expect(plainText(ps)).toBe("very, very");
    // Changed words separated only by a space read as one stretch.
    expect(changedRuns(ps)).toEqual([", very"]);
  });
});

describe("changedRuns", () => {
  it("groups consecutive changed words", () => {
    const version = QUOTE.diff?.[0]?.tokens ?? [];
    expect(changedRuns(pieces(version))).toEqual(["very,"]);
    expect(changedRuns(pieces(tokens("a b c d e", [1, 2, 4])))).toEqual(["b c", "e"]);
  });
});

describe("layoutQuote", () => {
  it("wraps into lines that fit and adds quotation marks", () => {
    const long = tokens(
      "We will not stand by while our neighbours are attacked and we will respond with all the means at our disposal",
      [15, 16],
    );
    const lines = layoutQuote(pieces(long), 200, 14);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      const last = line[line.length - 1];
      expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(200.01);
    }
    expect(lines[0]?.[0]?.text.startsWith("“We")).toBe(true);
    expect(lines.at(-1)?.at(-1)?.text.endsWith("disposal”")).toBe(true);
  });

  it("makes each changed stretch its own run, measured in bold", () => {
    const [line] = layoutQuote(pieces(tokens("a very serious issue", [1])), 1000, 14);
    expect(line?.map((r) => [r.text, r.changed])).toEqual([
      ["“a", false],
      ["very", true],
      ["serious issue”", false],
    ]);
    expect(line?.[1]?.width).toBeCloseTo(textWidth("very", 14, "bold"));
    expect(line?.[1]?.x).toBeGreaterThan((line?.[0]?.width ?? 0) + 1);
  });
});
