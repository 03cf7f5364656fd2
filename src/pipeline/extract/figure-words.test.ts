import { describe, expect, it } from "vitest";
import { isPossessive, isStopWord } from "./figure-words.ts";

describe("isStopWord", () => {
  it("treats function words, auxiliaries and weekdays as the end of a noun phrase", () => {
    for (const w of ["the", "to", "have", "each", "already", "said", "wednesday", "ago"]) {
      expect(isStopWord(w)).toBe(true);
    }
  });

  it("leaves content words alone", () => {
    for (const w of ["troops", "new", "north", "artillery", "containers"]) {
      expect(isStopWord(w)).toBe(false);
    }
  });
});

describe("isPossessive", () => {
  it("recognizes straight and curly possessives", () => {
    expect(isPossessive("Russia's")).toBe(true);
    expect(isPossessive("Kim’s")).toBe(true);
    expect(isPossessive("Russians")).toBe(false);
  });
});
