import { describe, expect, it } from "vitest";
import { conceptOf, WEAK, weightOf } from "./lexicon.ts";

describe("conceptOf", () => {
  it("joins different words for one act", () => {
    expect(conceptOf("deployed")).toBe(conceptOf("dispatched"));
    expect(conceptOf("sent")).toBe(conceptOf("deploying"));
    expect(conceptOf("confirmed")).toBe(conceptOf("affirms"));
    expect(conceptOf("soldiers")).toBe(conceptOf("troops"));
  });

  it("keeps other words as their stem, and different acts apart", () => {
    expect(conceptOf("bridges")).toBe(conceptOf("bridge"));
    expect(conceptOf("opened")).not.toBe(conceptOf("closed"));
    expect(conceptOf("killed")).not.toBe(conceptOf("injured"));
  });
});

describe("weightOf", () => {
  it("lets verbs of saying weigh less than words of the event", () => {
    expect(weightOf(conceptOf("stated"))).toBe(WEAK);
    expect(weightOf(conceptOf("told"))).toBe(WEAK);
    expect(weightOf(conceptOf("deployed"))).toBe(1);
    expect(WEAK).toBeLessThan(1);
  });
});
