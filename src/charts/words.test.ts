import { describe, expect, it } from "vitest";
import { capitalize, count, listing } from "./words.ts";

describe("words", () => {
  it("capitalize only the first letter", () => {
    expect(capitalize("new soldiers")).toBe("New soldiers");
    expect(capitalize("")).toBe("");
    expect(capitalize("évian")).toBe("Évian");
  });

  it("list with commas and a final and", () => {
    expect(listing([])).toBe("");
    expect(listing(["A"])).toBe("A");
    expect(listing(["A", "B"])).toBe("A and B");
    expect(listing(["A", "B", "C"])).toBe("A, B and C");
  });

  it("count in words for one", () => {
    expect(count(1, "claim")).toBe("one claim");
    expect(count(3, "claim")).toBe("3 claims");
    expect(count(2, "story", "stories")).toBe("2 stories");
  });
});
