import { describe, expect, it } from "vitest";
import { conceptOf } from "../../core/text/concepts.ts";
import { WEAK, weightOf } from "./lexicon.ts";

describe("weightOf", () => {
  it("lets verbs of saying weigh less than words of the event", () => {
    expect(weightOf(conceptOf("stated"))).toBe(WEAK);
    expect(weightOf(conceptOf("told"))).toBe(WEAK);
    expect(weightOf(conceptOf("deployed"))).toBe(1);
    expect(WEAK).toBeLessThan(1);
  });
});
