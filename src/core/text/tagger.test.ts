import { describe, expect, it } from "vitest";
import { tagText } from "./tagger.ts";

describe("tagText", () => {
  it("tags words with offsets into the text", () => {
    const text = "Guards arrested him.";
    const tokens = tagText(text);
    const verb = tokens.find((t) => t.lemma === "arrest");
    expect(verb?.pos).toBe("VERB");
    expect(text.slice(verb?.start, verb?.end)).toBe("arrested");
  });

  it("passes over a run of 600,000 characters with no space quickly, keeping later offsets", () => {
    const text = `${"B".repeat(600_000)} Guards arrested him.`;
    const t0 = performance.now();
    const tokens = tagText(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(tokens.some((t) => t.text.startsWith("BBB"))).toBe(false);
    const verb = tokens.find((t) => t.lemma === "arrest");
    expect(text.slice(verb?.start, verb?.end)).toBe("arrested");
  });
});
