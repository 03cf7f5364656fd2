import { describe, expect, it } from "vitest";
import { tagText } from "../text/tagger.ts";
import { clausesOf } from "./clause.ts";
import { frameOf } from "./frame.ts";
import { claimLabel } from "./label.ts";

/** The label of each clause of an invented sentence, as a reader would see it above its values. */
function labels(sentence: string): (string | null)[] {
  const tokens = tagText(sentence);
  return clausesOf(tokens).map((clause) =>
    claimLabel(
      frameOf({ source: "a", sentence: 0, clause, tokens, names: [], dates: [], figures: [] }),
      tokens,
    ),
  );
}

describe("claimLabel", { timeout: 30_000 }, () => {
  it("names who did what to what when the verb says what happened", () => {
    expect(labels("The council has sent rescue boats to Eastholm.")).toEqual([
      "council sent rescue boats to Eastholm",
    ]);
  });

  it("names the thing a reporting verb only reports, with its negation kept", () => {
    expect(labels("So far, port records have not indicated a sharp rise in cargo thefts.")).toEqual(
      ["no sharp rise in cargo thefts"],
    );
  });

  it("names the thing a light verb presents, not the verb and its article", () => {
    expect(
      labels("For the mayor, the new bridge presents an opportunity to revive the old market."),
    ).toEqual(["opportunity to revive old market"]);
  });

  it("keeps the subject of a verb that says little beside it", () => {
    expect(labels("The dispute with the landlord remains unresolved.")).toEqual([
      "dispute with landlord remains unresolved",
    ]);
  });

  it("names what was said rather than the confidence it was said with", () => {
    expect(
      labels("Rangers have expressed confidence that the lost hikers are near the lake."),
    ).toEqual(["lost hikers near lake"]);
  });

  it("names a possessive noun phrase whole, never a verb and the first name after it", () => {
    expect(
      labels("She interpreted Varnholm's reliance on foreign ferries as a sign of weakness."),
    ).toEqual(["Varnholm's reliance on foreign ferries"]);
  });

  it("leaves the date words and the auxiliaries out", () => {
    expect(labels("The two smugglers were arrested this morning.")).toEqual([
      "two smugglers arrested",
    ]);
  });

  it("never leaves a verb dangling on a pronoun", () => {
    const [label] = labels("The club envisions him as a long-term captain.");
    expect(label).toBe("club envisions him as long-term captain");
  });

  it("keeps a negation written with its auxiliary", () => {
    expect(labels("The ferry company has not commented on the new winter timetable.")).toEqual([
      "has not commented on new winter timetable",
    ]);
  });

  it("gives no label when the clause offers nothing but a verb", () => {
    expect(labels("He was waiting.")).toEqual([null]);
  });
});
