import { describe, expect, it } from "vitest";
import { synsetsOf } from "../text/wordnet.ts";
import type { EventMention } from "./mention.ts";
import { CANNOT_LINK, mentionLink, type PlacedMention } from "./same-event.ts";

const mention = (lemma: string, extra: Partial<PlacedMention> = {}): PlacedMention => {
  const base: EventMention = {
    start: 0,
    end: lemma.length,
    lemma,
    pos: "verb",
    senses: synsetsOf(lemma, "verb", 3),
    related: [],
    tense: "past",
    negated: false,
    hedged: false,
    direction: null,
  };
  return {
    ...base,
    source: "a",
    sentence: 0,
    participants: [],
    places: [],
    when: [],
    counted: [],
    lead: false,
    ages: [],
    ...extra,
  };
};

const day = (d: string) => ({ start: d, end: d, precision: "day" as const, inferred: false });

describe("mentionLink", () => {
  it("links the same word, a synonym and a derived form", () => {
    expect(mentionLink(mention("arrest"), mention("arrest"))).toBeGreaterThan(0.55);
    expect(mentionLink(mention("arrest"), mention("apprehend"))).toBeGreaterThan(0.4);
    expect(
      mentionLink(mention("shoot"), mention("shooting", { pos: "noun", related: ["shoot"] })),
    ).toBeGreaterThan(0.4);
    expect(mentionLink(mention("arrest"), mention("sing"))).toBeNull();
  });

  it("never links a fact with a plan, or a statement with its denial", () => {
    expect(mentionLink(mention("sign"), mention("sign", { tense: "future" }))).toBe(CANNOT_LINK);
    expect(mentionLink(mention("sign"), mention("sign", { negated: true }))).toBe(CANNOT_LINK);
  });

  it("never links one verb told in opposite directions: checking in and checking out", () => {
    const into = mention("check", { direction: "in" });
    expect(mentionLink(into, mention("check", { direction: "out" }))).toBe(CANNOT_LINK);
    expect(mentionLink(into, mention("check", { direction: "in" }))).toBeGreaterThan(0.55);
    expect(mentionLink(into, mention("check"))).toBeGreaterThan(0.55);
  });

  it("never links two sentences that date it on different days", () => {
    expect(
      mentionLink(
        mention("sign", { when: [day("2031-03-02")] }),
        mention("sign", { when: [day("2031-05-09")] }),
      ),
    ).toBe(CANNOT_LINK);
    expect(
      mentionLink(
        mention("sign", { when: [day("2031-03-02")] }),
        mention("sign", { when: [day("2031-03-03")] }),
      ),
    ).toBeGreaterThan(0.55);
  });

  it("weighs shared participants up and different ones down", () => {
    const same = mentionLink(
      mention("sign", { participants: ["p1"] }),
      mention("sign", { participants: ["p1"] }),
    );
    const other = mentionLink(
      mention("sign", { participants: ["p1"] }),
      mention("sign", { participants: ["p2"] }),
    );
    expect(same).toBeGreaterThan(0.8);
    expect(other).toBeLessThan(0.55);
  });

  it("keeps apart two people a report tells of only by age", () => {
    const hiker41 = mention("fall", { ages: [41], source: "b" });
    expect(mentionLink(mention("fall", { ages: [29] }), hiker41)).toBeLessThan(0.55);
    expect(mentionLink(mention("fall", { ages: [42] }), hiker41)).toBeGreaterThan(0.55);
    expect(mentionLink(mention("fall"), hiker41)).toBeGreaterThan(0.55);
    // A name both give outweighs the ages (the other age is someone else in the sentence).
    const named = { participants: ["person-mira-holt"] };
    expect(
      mentionLink(mention("fall", { ...named, ages: [29] }), { ...hiker41, ...named }),
    ).toBeGreaterThan(0.55);
  });

  it("never links one verb counting beings in one source and things in the other", () => {
    const nurses = mention("send", { counted: ["beings"] });
    expect(mentionLink(nurses, mention("send", { counted: ["things"] }))).toBe(CANNOT_LINK);
    expect(mentionLink(nurses, mention("send", { counted: ["beings"] }))).toBeGreaterThan(0.55);
    expect(mentionLink(nurses, mention("send"))).toBeGreaterThan(0.55);
  });
});
