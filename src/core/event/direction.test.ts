import { describe, expect, it } from "vitest";
import { tagText } from "../text/tagger.ts";
import { oppositeDirections } from "./direction.ts";

describe("oppositeDirections", () => {
  it("finds one verb used in opposite directions", () => {
    expect(
      oppositeDirections(
        tagText("The woman was walking into the store when the car hit her."),
        tagText("She was struck while walking out of the store."),
      ),
    ).toBe(true);
  });

  it("leaves alone the same direction, another verb, or a verb with no particle", () => {
    const into = tagText("The actress checked into a clinic on Thursday.");
    expect(oppositeDirections(into, tagText("She checked into the clinic late Thursday."))).toBe(
      false,
    );
    expect(oppositeDirections(into, tagText("She moved out of her flat on Thursday."))).toBe(false);
    expect(oppositeDirections(into, tagText("She checked the clinic's rules."))).toBe(false);
  });
});
