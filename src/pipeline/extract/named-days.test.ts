import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import { extractDates } from "./dates.ts";

const texts = (text: string) =>
  extractDates(articleFrom(text, { id: "a", file: "a.txt" })).map((m) => m.text);

describe("extractDates: named days and titles are not dates", () => {
  it("skips a month-day that names an event, and a count before one", () => {
    expect(texts("Six of the 12 March 14 victims were children.")).toEqual([]);
    expect(texts("Relatives of March 14 victims met the mayor on Monday.")).toEqual(["Monday"]);
    expect(texts("The March 14th Survivors group met.")).toEqual([]);
  });

  it("keeps a month-day that dates what the sentence tells", () => {
    expect(texts("On March 14 President Example spoke.")).toEqual(["March 14"]);
  });

  it("skips the titles of programmes written like time words", () => {
    expect(texts("She told Today that she would run. He appeared on This Week.")).toEqual([]);
    expect(texts("Today, she said she would run.")).toEqual(["Today"]);
  });
});
