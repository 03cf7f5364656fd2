import { describe, expect, it } from "vitest";
import { subjectBefore } from "./figure-subject.ts";
import { tokenize } from "./number-tokens.ts";

/** The subject found before the word `verb` in `text`. */
function subject(text: string, verb: string, role: "verb" | "of" = "verb") {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.lower === verb);
  const np = subjectBefore(tokens, i, 0, role);
  return np ? text.slice(tokens[np.first]?.start, tokens[np.last]?.end) : null;
}

describe("subjectBefore", () => {
  it("skips a prepositional phrase to reach the subject", () => {
    expect(subject("As casualties in Ukraine surpass 600,000, Putin", "surpass")).toBe(
      "casualties",
    );
  });

  it("takes the subject right before the verb, with its adjectives", () => {
    expect(subject("Russian military casualties surpass 600,000", "surpass")).toBe(
      "Russian military casualties",
    );
  });

  it("skips auxiliaries and adverbs", () => {
    expect(subject("casualties are expected to exceed 2,000", "exceed")).toBe("casualties");
    expect(subject("losses have now reportedly topped 5,000", "topped")).toBe("losses");
  });

  it("looks past a bare quantity word to what it counts", () => {
    expect(subject("The number of deaths surpassed 1,200", "surpassed")).toBe("deaths");
    expect(subject("The total surpassed 1,200", "surpassed")).toBeNull();
  });

  it("reads the noun before 'of'", () => {
    expect(subject("a death toll of 45", "of", "of")).toBe("death toll");
    expect(subject("a total of 45", "of", "of")).toBeNull();
  });

  it("accepts a common noun capitalized at the start of a sentence, not a name", () => {
    expect(subject("Inflation rose to 5%", "rose")).toBe("Inflation");
    expect(subject("Casualties surpass 600,000", "surpass")).toBe("Casualties");
    expect(subject("Russia surpassed 600,000", "surpassed")).toBeNull();
    expect(subject("In Ukraine surpass 600,000", "surpass")).toBeNull();
  });

  it("finds nothing after a pronoun or a possessive alone", () => {
    expect(subject("they surpassed 600,000", "surpassed")).toBeNull();
    expect(subject("it was 45", "was")).toBeNull();
  });

  it("does not look before the floor", () => {
    const tokens = tokenize("casualties surpass 600,000");
    expect(subjectBefore(tokens, 1, 1, "verb")).toBeNull();
  });
});
