import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import type { NameMention } from "../../core/model.ts";
import { extractNames } from "./names.ts";
import { extractQuotes } from "./quotes.ts";

// Invented paragraphs for the quote-speaker error classes: pronouns agree in gender with the
// person they stand for, and "X said in a statement to Y" is X's.

function speakers(text: string): (string | null)[] {
  const a = articleFrom(text, { id: "t", file: "t.txt" });
  const names: NameMention[] = extractNames(a, fakePlaces);
  return extractQuotes(a, names).map((q) => {
    const by = q.speakerMention;
    return by ? a.text.slice(by.start, by.end) : null;
  });
}

describe("quote speakers", () => {
  it("never gives a quotation introduced by “she” to a man", () => {
    expect(
      speakers(
        "Senator Walter Hollis praised his sister Margaret Hollis at the dinner. She said, “We are proud of the vote.”",
      ),
    ).toEqual(["Margaret Hollis"]);
  });

  it("gives “he said” to the man, passing over a woman named since", () => {
    expect(
      speakers(
        "Governor Robert Quell met Ms. Dana Whitcombe on Monday. He said, “The budget will pass.”",
      ),
    ).toEqual(["Robert Quell"]);
  });

  it("gives “X said in a statement to Y” to X", () => {
    expect(
      speakers("Dana Whitcombe said in a statement to Robert Quell that “the plan is finished.”"),
    ).toEqual(["Dana Whitcombe"]);
  });
});

describe("quote speakers from pronouns are left empty when unsure", () => {
  it("does not give the words “he” calls a man to that man", () => {
    expect(
      speakers(
        "Marcus Pell was sentenced to death on Friday. He called Pell “a coward” and a “thief,” pointing to the photo.",
      ),
    ).toEqual([null, null]);
    // The man named before, not after, is who "he" is.
    expect(speakers("Marcus Pell spoke after the verdict. He said, “I am not a thief.”")).toEqual([
      "Marcus Pell",
    ]);
  });

  it("names nobody for “he said” after two men", () => {
    expect(
      speakers(
        "Governor Robert Quell met Senator Thomas Hollis on Monday. He said, “The budget will pass.”",
      ),
    ).toEqual([null]);
  });

  it("names nobody for “she said” when the only woman's name is unknown to the lists", () => {
    expect(
      speakers(
        "Governor Zorvath Quell met Ms. Jane Hollis on Monday. She said, “The budget will pass.”",
      ),
    ).toEqual([null]);
  });
});
