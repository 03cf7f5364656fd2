import { describe, expect, it } from "vitest";
import { expandUmlauts, foldedForms, hyphenForms, normalizeSpelling } from "./fold.ts";

describe("normalizeSpelling", () => {
  it("straightens apostrophes and hyphens and collapses spaces", () => {
    expect(normalizeSpelling("  Jane   O\u2019Example\u2010Smith ")).toBe("Jane O'Example-Smith");
  });
  it("composes decomposed accents so both spellings compare equal", () => {
    expect(normalizeSpelling("Jose\u0301")).toBe("José");
  });
});

describe("expandUmlauts", () => {
  it("writes umlauts the German way and folds the rest", () => {
    expect(expandUmlauts("Jürgen Müller-Łaski")).toBe("Juergen Mueller-Laski");
    expect(expandUmlauts("Ölberg")).toBe("Oelberg");
  });
  it("is null without an umlaut", () => {
    expect(expandUmlauts("José")).toBeNull();
  });
});

describe("foldedForms", () => {
  it("gives both accent-free spellings of a German name", () => {
    expect(foldedForms("Müller")).toEqual(["Muller", "Mueller"]);
  });
  it("gives nothing for a name already typed plainly", () => {
    expect(foldedForms("Jane Example")).toEqual([]);
  });
});

describe("hyphenForms", () => {
  it("spaces and joins a romanised syllabic given name", () => {
    expect(hyphenForms("Park Min-jun")).toEqual(["Park Min jun", "Park Minjun"]);
  });
  it("only spaces a double-barrelled name", () => {
    expect(hyphenForms("Example-Kovalskyy")).toEqual(["Example Kovalskyy"]);
  });
  it("never glues an Arabic article to the name", () => {
    expect(hyphenForms("al-example")).toEqual(["al example"]);
  });
  it("gives nothing without a hyphen between letters", () => {
    expect(hyphenForms("Jane Example")).toEqual([]);
    expect(hyphenForms("Example - Smith")).toEqual([]);
  });
});
