import { describe, expect, it } from "vitest";
import { tagText } from "../text/tagger.ts";
import { clausesOf } from "./clause.ts";
import { eventMentions, isEventNoun } from "./mention.ts";

const mentions = (sentence: string) => {
  const tokens = tagText(sentence);
  return eventMentions(tokens, clausesOf(tokens)).map(
    (m) => `${m.lemma}/${m.pos}/${m.tense}${m.negated ? "!" : ""}`,
  );
};

describe("eventMentions", () => {
  it("finds the verbs and the nouns of happening, not the light verbs", () => {
    expect(
      mentions("Firefighters said the blaze destroyed the warehouse after an explosion."),
    ).toEqual(["blaze/noun/past", "destroy/verb/past", "explosion/noun/past"]);
  });

  it("gives each mention its clause's tense and polarity", () => {
    expect(mentions("The council will vote on the budget.")).toEqual(["vote/verb/future"]);
    expect(mentions("The council did not approve the budget.")).toEqual(["approve/verb/past!"]);
  });

  it("skips a participle that only describes a noun", () => {
    expect(mentions("The injured climber was rescued.")).toEqual(["rescue/verb/past"]);
  });
});

describe("isEventNoun", () => {
  it("knows happenings from things and times", () => {
    expect(isEventNoun("earthquake")).toBe(true);
    expect(isEventNoun("robbery")).toBe(true);
    expect(isEventNoun("warehouse")).toBe(false);
    expect(isEventNoun("week")).toBe(false);
  });
});
