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

  it("skips sources with no date, and names none when no source has one", () => {
    expect(
      firstReported([
        { source: "a", published: null },
        { source: "b", published: "2024-03-16" },
      ]),
    ).toEqual(["b"]);
    expect(firstReported([{ source: "a", published: null }])).toEqual([]);
    expect(firstReported([])).toEqual([]);
  });
});
