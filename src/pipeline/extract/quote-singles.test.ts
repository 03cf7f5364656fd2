import { describe, expect, it } from "vitest";
import { findSingleQuotes } from "./quote-singles.ts";

const spans = (text: string) =>
  findSingleQuotes(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("findSingleQuotes", () => {
  it("finds a quotation in curly single marks, apostrophes inside it included", () => {
    expect(spans("‘We won’t go,’ she said.")).toEqual(["‘We won’t go,’"]);
  });

  it("finds straight single quotations too", () => {
    expect(spans("He called it 'a mess' twice.")).toEqual(["'a mess'"]);
  });

  it("does not read apostrophes as quotation marks", () => {
    expect(spans("Kim’s plan, the soldiers’ families, don’t, the ’90s, ’em")).toEqual([]);
    expect(spans("rock ’n’ roll and the '90s")).toEqual([]);
  });

  it("skips a plural possessive when a later mark closes the quotation", () => {
    expect(spans("‘The soldiers’ families are angry,’ she said.")).toEqual([
      "‘The soldiers’ families are angry,’",
    ]);
  });

  it("drops an opening mark that is never closed", () => {
    expect(spans("‘We will stay, she said.")).toEqual([]);
  });
});
