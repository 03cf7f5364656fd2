import { describe, expect, it } from "vitest";
import { firstReported } from "./first.ts";

describe("firstReported", () => {
  it("names the source that published first", () => {
    expect(
      firstReported([
        { source: "b", published: "2024-03-15" },
        { source: "a", published: "2024-03-14" },
      ]),
    ).toEqual(["a"]);
  });

  it("names every source that published on the earliest day, in report order", () => {
    expect(
      firstReported([
        { source: "c", published: "2024-03-14" },
        { source: "b", published: "2024-03-16" },
        { source: "a", published: "2024-03-14" },
      ]),
    ).toEqual(["c", "a"]);
  });

  it("names none when any source has no date, since that one may have been first", () => {
    expect(
      firstReported([
        { source: "a", published: null },
        { source: "b", published: "2024-03-16" },
      ]),
    ).toEqual([]);
    expect(firstReported([{ source: "a", published: null }])).toEqual([]);
    expect(firstReported([])).toEqual([]);
  });
});
