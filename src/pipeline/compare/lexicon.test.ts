import { describe, expect, it } from "vitest";
import {
  conceptKey,
  eventOf,
  isHumanClass,
  isIntroWord,
  isSpeechVerb,
  isSubordinator,
  isVerbLike,
  nounClassOf,
  peopleWord,
} from "./lexicon.ts";

describe("eventOf", () => {
  it("puts wordings of one event in one class", () => {
    expect(eventOf("sent")).toBe("send");
    expect(eventOf("deployed")).toBe("send");
    expect(eventOf("dispatched")).toBe("send");
    expect(eventOf("died")).toBe("kill");
    expect(eventOf("killing")).toBe("kill");
    expect(eventOf("wounded")).toBe("injure");
  });

  it("keeps different events apart", () => {
    expect(eventOf("trained")).toBe("train");
    expect(eventOf("trained")).not.toBe(eventOf("sent"));
    expect(eventOf("casualties")).toBe("casualty");
    expect(eventOf("casualties")).not.toBe(eventOf("killed"));
    expect(eventOf("briefing")).toBeNull();
  });
});

describe("nounClassOf", () => {
  it("groups synonyms of counted things", () => {
    expect(nounClassOf("troop")).toBe("military");
    expect(nounClassOf("soldier")).toBe("military");
    expect(nounClassOf("forces")).toBe("military");
    expect(nounClassOf("household")).toBe(nounClassOf("home"));
  });

  it("leaves unrelated nouns apart", () => {
    expect(nounClassOf("container")).toBeNull();
    expect(nounClassOf("civilian")).not.toBe(nounClassOf("soldier"));
  });

  it("marks which classes count people", () => {
    expect(isHumanClass("military")).toBe(true);
    expect(isHumanClass("home")).toBe(false);
    expect(isHumanClass(null)).toBe(false);
  });
});

describe("peopleWord", () => {
  it("reads generic people words and the event they imply", () => {
    expect(peopleWord("person")).toBeNull();
    expect(peopleWord("casualty")).toBe("casualty");
    expect(peopleWord("death")).toBe("kill");
    expect(peopleWord("soldier")).toBeUndefined();
  });
});

describe("conceptKey", () => {
  it("merges synonyms and inflections", () => {
    expect(conceptKey("deployed")).toBe(conceptKey("sent"));
    expect(conceptKey("households")).toBe(conceptKey("homes"));
    expect(conceptKey("electricity")).toBe(conceptKey("power"));
    expect(conceptKey("tariffs")).toBe(conceptKey("tariff"));
  });

  it("leaves other words as their stems", () => {
    expect(conceptKey("Geneva")).not.toBe(conceptKey("Vienna"));
  });
});

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
