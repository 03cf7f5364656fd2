import { describe, expect, it } from "vitest";
import { isFunctionWord } from "./stopwords.ts";

describe("isFunctionWord", () => {
  it("knows words that carry no fact, and not the words that do", () => {
    for (const w of ["the", "of", "however", "approximately"]) expect(isFunctionWord(w)).toBe(true);
    for (const w of ["troops", "sent", "lyon", ""]) expect(isFunctionWord(w)).toBe(false);
  });
});
