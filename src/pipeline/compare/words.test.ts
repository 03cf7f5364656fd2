import { describe, expect, it } from "vitest";
import { isStopword } from "./words.ts";

describe("isStopword", () => {
  it("drops function words and honorifics but not content words", () => {
    expect(isStopword("the")).toBe(true);
    expect(isStopword("mr")).toBe(true);
    expect(isStopword("troops")).toBe(false);
    expect(isStopword("us")).toBe(false);
  });
});
