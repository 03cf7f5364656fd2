import { describe, expect, it } from "vitest";
import { inferredFrom, sourceDate } from "./source-dates.ts";

describe("sourceDate", () => {
  it("shows a given date as it is", () => {
    expect(sourceDate({ published: "2024-03-05", publishedInferred: null })).toEqual({
      date: "5 March 2024",
      note: null,
    });
  });
  it("says an inferred date was inferred, and from what, without the nested reasoning", () => {
    const d = sourceDate({
      published: null,
      publishedInferred: {
        date: "2024-03-07",
        reason:
          "not given; the latest date the article reports is 7 March 2024 (“Thursday”: counted from (another source’s date))",
      },
    });
    expect(d.date).toBe("7 March 2024");
    expect(d.note).toBe(
      "not given; inferred from “Thursday”, the latest date the article mentions",
    );
  });
  it("falls back to general words for a reason it does not know", () => {
    expect(inferredFrom("some other reasoning")).toBe(
      "inferred from the dates the article mentions",
    );
    expect(sourceDate({ published: null, publishedInferred: null }).date).toBe("Date not given");
  });
});
