import { describe, expect, it } from "vitest";
import { isIntroWord, isSpeechVerb, isSubordinator, isVerbLike } from "./lexicon.ts";

describe("clause words", () => {
  it("knows verbs of saying", () => {
    expect(isSpeechVerb("affirmed")).toBe(true);
    expect(isSpeechVerb("visited")).toBe(false);
  });

  it("reads lowercase past forms as verbs, never capitalized names", () => {
    expect(isVerbLike("visited")).toBe(true);
    expect(isVerbLike("won")).toBe(true);
    expect(isVerbLike("said,")).toBe(true);
    expect(isVerbLike("Reed")).toBe(false);
    expect(isVerbLike("president")).toBe(false);
  });

  it("tells introductory prepositions from subordinating words", () => {
    expect(isIntroWord("during")).toBe(true);
    expect(isIntroWord("speaking")).toBe(true);
    expect(isIntroWord("as")).toBe(false);
    expect(isSubordinator("as")).toBe(true);
    expect(isSubordinator("during")).toBe(false);
  });
});
