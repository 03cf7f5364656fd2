import { describe, expect, it } from "vitest";
import { nounPhraseAfter, type OfOptions, ofPhraseAfter } from "./figure-noun-phrase.ts";
import { tokenize } from "./number-tokens.ts";

/** The phrase after the first number in `text`, as text plus its head word. */
function phraseFrom(text: string, singular = false) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num") + 1;
  const np = nounPhraseAfter(tokens, i, singular);
  if (!np) return null;
  return {
    text: text.slice(tokens[np.first]?.start, tokens[np.last]?.end),
    head: tokens[np.head]?.text,
  };
}

function of(text: string, options: OfOptions) {
  const tokens = tokenize(text);
  const np = ofPhraseAfter(
    tokens,
    tokens.findIndex((t) => t.lower === "of"),
    options,
  );
  return np ? text.slice(tokens[np.first]?.start, tokens[np.last]?.end) : null;
}

describe("nounPhraseAfter", () => {
  it("runs up to the first plural noun, keeping adjectives and names", () => {
    expect(phraseFrom("over 12,000 North Korean soldiers to fight")).toEqual({
      text: "North Korean soldiers",
      head: "soldiers",
    });
    expect(phraseFrom("around 2,500 troops have already been sent")?.text).toBe("troops");
    expect(phraseFrom("25,000 new soldiers each month")?.text).toBe("new soldiers");
  });

  it("keeps a plural that modifies the next plural", () => {
    expect(phraseFrom("500 special forces soldiers left")).toEqual({
      text: "special forces soldiers",
      head: "soldiers",
    });
  });

  it("accepts a unit or a word like 'dead' when no plural follows", () => {
    expect(phraseFrom("ran 10 km from the border")?.text).toBe("km");
    expect(phraseFrom("600,000 dead in the war")?.text).toBe("dead");
  });

  it("finds nothing when the number is followed by a verb or a preposition", () => {
    expect(phraseFrom("surpass 600,000 in Ukraine")).toBeNull();
    expect(phraseFrom("600,000, Putin said")).toBeNull();
    expect(phraseFrom("recruited 3,000 last year")).toBeNull();
  });

  it("takes a short singular phrase only when asked", () => {
    expect(phraseFrom("a $5 aid package for Kyiv", true)?.text).toBe("aid package");
    expect(phraseFrom("a $5 aid package for Kyiv")).toBeNull();
    expect(phraseFrom("$5 spent on fuel", true)).toBeNull();
    expect(phraseFrom("$5 funding", true)?.text).toBe("funding");
  });

  it("does not end a singular phrase on an adjective", () => {
    expect(phraseFrom("95 effective in trials", true)).toBeNull();
    expect(phraseFrom("$5 tranche due in March", true)?.text).toBe("tranche");
  });

  it("does not take a name as a singular phrase", () => {
    expect(phraseFrom("$5 Ukraine", true)).toBeNull();
  });

  it("does not cross a line break", () => {
    expect(phraseFrom("3,000\ntroops")).toBeNull();
  });
});

describe("ofPhraseAfter", () => {
  const xOfY: OfOptions = { determiners: false, capitals: false, singular: true };
  const percent: OfOptions = { determiners: true, capitals: true, singular: true };

  it("reads the Y of 'X of Y'", () => {
    expect(of("containers of artillery shells, missiles", xOfY)).toBe("artillery shells");
    expect(of("barrels of oil per day", xOfY)).toBe("oil");
  });

  it("refuses determiners and names unless allowed", () => {
    expect(of("troops of the 2nd division", xOfY)).toBeNull();
    expect(of("troops of Russia", xOfY)).toBeNull();
    expect(of("5% of the population", percent)).toBe("population");
    expect(of("5% of GDP", percent)).toBe("GDP");
    expect(of("30% of Ukraine's territory", percent)).toBe("Ukraine's territory");
  });
});
