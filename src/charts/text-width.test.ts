import { describe, expect, it } from "vitest";
import { escapedLength, shorten, shortenEscaped, textWidth, wrapText } from "./text-width.ts";

describe("textWidth", () => {
  it("grows with size and length, and bold is wider", () => {
    expect(textWidth("Reuters", 14)).toBeGreaterThan(textWidth("Reuters", 12));
    expect(textWidth("Reuters!", 14)).toBeGreaterThan(textWidth("Reuters", 14));
    expect(textWidth("2,500", 14, "bold")).toBeGreaterThan(textWidth("2,500", 14));
  });

  it("knows narrow and wide letters apart", () => {
    expect(textWidth("iiii", 14)).toBeLessThan(textWidth("MMMM", 14) / 2);
  });

  it("is close to DejaVu Sans as Chromium measures it, erring wide", () => {
    // Chromium: "North Korean troops sent to Russia" at 14px, DejaVu Sans = 243.6.
    const w = textWidth("North Korean troops sent to Russia", 14);
    expect(w).toBeGreaterThan(243.6);
    expect(w).toBeLessThan(243.6 * 1.05);
  });

  it("measures accented letters as their base and wide scripts as a full em", () => {
    expect(textWidth("é", 10)).toBeCloseTo(textWidth("e", 10));
    expect(textWidth("Łódź", 10)).toBeCloseTo(textWidth("Lodz", 10));
    expect(textWidth("東", 10)).toBeCloseTo(10 * 1.02);
  });
});

describe("wrapText", () => {
  it("breaks at spaces so every line fits", () => {
    const lines = wrapText("North Korean troops sent to Russia in October", 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toBe("North Korean troops sent to Russia in October");
  });

  it("cuts a word too long for any line", () => {
    const lines = wrapText("Supercalifragilisticexpialidocious", 60, 14);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe("Supercalifragilisticexpialidocious");
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(60);
  });

  it("returns one empty line for empty text", () => {
    expect(wrapText("  ", 100, 14)).toEqual([""]);
  });
});

describe("shortenEscaped", () => {
  it("fits the title as written in HTML, where an apostrophe is a five-character reference", () => {
    const title = "The mayor's office and the council's budget: what each of the sources says";
    const short = shortenEscaped(title, 40);
    expect(escapedLength(short)).toBeLessThanOrEqual(40);
    expect(short.endsWith("…")).toBe(true);
    expect(escapedLength("a'b&c")).toBe(13);
    expect(escapedLength("🌊 flood")).toBe(8);
  });

  it("leaves a title that fits alone", () => {
    expect(shortenEscaped("Floods close schools", 70)).toBe("Floods close schools");
  });
});

describe("shorten", () => {
  it("keeps short text and cuts long text at a space with an ellipsis", () => {
    expect(shorten("Reuters", 10)).toBe("Reuters");
    expect(shorten("The Kyiv Independent", 12)).toBe("The Kyiv…");
    expect(Array.from(shorten("Independent", 6)).length).toBeLessThanOrEqual(6);
  });
});
