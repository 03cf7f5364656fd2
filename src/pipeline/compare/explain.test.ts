import { describe, expect, it } from "vitest";
import { allSay, eachSays, listOf, quoted } from "./explain.ts";

describe("explanations", () => {
  it("names each source with what it says", () => {
    expect(
      eachSays([
        { label: "Harbor Daily", value: "about 2,500" },
        { label: "Continental Wire", value: "about 3,000" },
      ]),
    ).toBe("Harbor Daily says about 2,500; Continental Wire says about 3,000.");
  });

  it("says both for two sources and counts more", () => {
    expect(allSay(2, "over 600,000")).toBe("Both say over 600,000.");
    expect(allSay(3, "Rome")).toBe("All 3 sources say Rome.");
  });

  it("lists names in plain English", () => {
    expect(listOf(["A"])).toBe("A");
    expect(listOf(["A", "B"])).toBe("A and B");
    expect(listOf(["A", "B", "C"])).toBe("A, B and C");
    expect(listOf([])).toBe("");
  });

  it("quotes words, dropping trailing punctuation and shortening long ones", () => {
    expect(quoted("a deal that protects workers.")).toBe("“a deal that protects workers”");
    const long = quoted("word ".repeat(40), 20);
    expect(Array.from(long).length).toBeLessThanOrEqual(22);
    expect(long.endsWith("…”")).toBe(true);
  });
});
