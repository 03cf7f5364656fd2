import { describe, expect, it } from "vitest";
import { describeDate, marksFor } from "./marks.ts";

describe("describeDate", () => {
  it("says when a date was inferred, and why", () => {
    expect(describeDate({ start: "2024-10-23", end: "2024-10-23", precision: "day" })).toBe(
      "23 October 2024",
    );
    expect(
      describeDate({
        start: "2024-10-14",
        end: "2024-10-20",
        precision: "week",
        inferred: true,
        reason: "counted back",
      }),
    ).toBe("the week of 14 October 2024 (inferred: counted back)");
  });
});

describe("marksFor", () => {
  const marks = marksFor(
    {
      names: [
        {
          type: "person",
          start: 0,
          end: 7,
          entity: "person-ann-lee",
          name: "Ann Lee",
          role: "Mayor",
        },
      ],
      dates: [
        {
          type: "date",
          start: 10,
          end: 17,
          value: { start: "2024-05-01", end: "2024-05-01", precision: "day" },
        },
        { type: "date", start: 20, end: 26, value: null },
      ],
      figures: [
        {
          type: "figure",
          start: 30,
          end: 45,
          value: 25000,
          max: 30000,
          qualifier: "about",
          unit: "soldiers",
          rate: "each month",
        },
      ],
      quotes: [{ type: "quote", start: 50, end: 60, speaker: "person-ann-lee", partial: true }],
    },
    (id) => (id === "person-ann-lee" ? "Ann Lee" : undefined),
  );

  it("links names to their entity and shows the role", () => {
    expect(marks[0]).toMatchObject({ entity: "person-ann-lee", note: "Ann Lee, Mayor" });
  });

  it("shows how dates and figures were read", () => {
    expect(marks[1]).toMatchObject({ note: "1 May 2024", datetime: "2024-05-01" });
    expect(marks[2]).toMatchObject({ note: "date not resolved" });
    expect(marks[3]?.note).toBe("about 25,000–30,000 soldiers each month");
  });

  it("names a quote's speaker", () => {
    expect(marks[4]?.note).toBe("Partial quote from Ann Lee");
  });
});
