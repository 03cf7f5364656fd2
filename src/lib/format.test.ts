import { describe, expect, it } from "vitest";
import { formatDate, plural } from "./format.ts";

describe("formatDate", () => {
  it("writes day, month and year without depending on locale or time zone", () => {
    expect(formatDate("2024-10-03")).toBe("3 October 2024");
    expect(formatDate("2024-10")).toBe("October 2024");
    expect(formatDate("2024")).toBe("2024");
  });
});

describe("plural", () => {
  it("chooses the form by count", () => {
    expect(plural(1, "source")).toBe("1 source");
    expect(plural(2, "story", "stories")).toBe("2 stories");
    expect(plural(12000, "word")).toBe("12,000 words");
  });
});
