import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import { extractNames } from "./names.ts";
import { extractQuotes } from "./quotes.ts";
import { isTitleOfWork } from "./title-of-work.ts";

function quotes(text: string): string[] {
  const a = articleFrom(text, { id: "t", file: "t.txt" });
  return extractQuotes(a, extractNames(a, fakePlaces)).map((q) => q.quote);
}

describe("titles of shows and works are not quotations", () => {
  it("drops a show's one-word title after “on”, and a title-case name of a programme", () => {
    expect(
      quotes("The mayor appeared on “Daybreak” and later on “Meet the Example Panel” too."),
    ).toEqual([]);
  });

  it("keeps words someone said, even short ones in title case when a speaker is named", () => {
    expect(
      quotes("“We Will Win,” Tom Poe said. Jane Roe called the plan “reckless” on Monday."),
    ).toEqual(["We Will Win", "reckless"]);
  });

  it("needs title case and no sentence punctuation", () => {
    expect(isTitleOfWork("Meet the Example Panel", "appeared on ")).toBe(true);
    expect(isTitleOfWork("we are done", "said ")).toBe(false);
    expect(isTitleOfWork("We Are Done.", "said ")).toBe(false);
    expect(isTitleOfWork("Daybreak", "called it ")).toBe(false);
  });
});
