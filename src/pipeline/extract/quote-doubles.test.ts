import { describe, expect, it } from "vitest";
import { findDoubleQuotes } from "./quote-doubles.ts";

const spans = (text: string) =>
  findDoubleQuotes(text, 0, text.length).map((s) => [text.slice(s.start, s.end), s.closed]);

describe("findDoubleQuotes", () => {
  it("finds curly and straight quotations in order", () => {
    expect(spans('He said “yes” and she said "no" today.')).toEqual([
      ["“yes”", true],
      ['"no"', true],
    ]);
  });

  it("finds quotations split around an attribution", () => {
    expect(spans("“We tried,” she said, “and failed.”")).toEqual([
      ["“We tried,”", true],
      ["“and failed.”", true],
    ]);
  });

  it("repairs a closing mark typed as an opening one, and the reverse", () => {
    expect(spans("“It is over,“ he said.")).toEqual([["“It is over,“", true]]);
    expect(spans("He said ”fine” and left.")).toEqual([["”fine”", true]]);
  });

  it("cuts an unclosed quotation at the end of the range, never beyond", () => {
    const text = "She said “we will stay.  \nNext paragraph “here”.";
    const found = findDoubleQuotes(text, 0, text.indexOf("\n"));
    expect(found.map((s) => [text.slice(s.start, s.end), s.closed])).toEqual([
      ["“we will stay.", false],
    ]);
  });

  it("starts over at a second opening mark when the first was stray", () => {
    expect(spans('Jones said "yes and then "no" to it.')).toEqual([['"no"', true]]);
  });

  it("ignores inch marks and marks standing alone", () => {
    expect(spans('He is 6\'2" tall and " alone.')).toEqual([]);
  });

  it("handles guillemets and low opening marks", () => {
    expect(spans("Il a dit «non» et „ja“ hier.")).toEqual([
      ["«non»", true],
      ["„ja“", true],
    ]);
  });
});
