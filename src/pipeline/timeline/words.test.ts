import { describe, expect, it } from "vitest";
import { isStopword } from "./words.ts";

describe("isStopword", () => {
  it("treats words of time and function words as carrying no event", () => {
    expect(isStopword("wednesday")).toBe(true);
    expect(isStopword("week")).toBe(true);
    expect(isStopword("the")).toBe(true);
    expect(isStopword("bridge")).toBe(false);
  });
});
