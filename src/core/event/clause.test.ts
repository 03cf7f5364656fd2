import { describe, expect, it } from "vitest";
import { tagText } from "../text/tagger.ts";
import { type Clause, clausesOf } from "./clause.ts";

/** Each clause of a sentence as "predicate tense [hedges] !" (! when negated). */
function read(sentence: string) {
  return clausesOf(tagText(sentence)).map((c: Clause) => {
    const hedges = c.hedges.length > 0 ? ` [${c.hedges.join(", ")}]` : "";
    return `${c.predicate.lemma} ${c.tense}${hedges}${c.negated ? " !" : ""}`;
  });
}

const spans = (sentence: string) =>
  clausesOf(tagText(sentence)).map((c) => ({
    attribution: c.attribution && sentence.slice(c.attribution.start, c.attribution.end),
    subject: sentence.slice(c.subject.start, c.subject.end).trim(),
    object: sentence.slice(c.object.start, c.object.end).trim(),
  }));

describe("clausesOf", () => {
  it("reads what happened, not the saying that reports it", () => {
    expect(read("Rangers said they had detained two poachers near the lake.")).toEqual([
      "detain past",
    ]);
    expect(spans("Rangers said they had detained two poachers near the lake.")).toEqual([
      { attribution: "Rangers said", subject: "they", object: "two poachers near the lake." },
    ]);
  });

  it("does not read the word before a speaker's title as something that happened", () => {
    expect(read("“The harbor will reopen,” said lead inspector Ana Ruiz.")).toEqual([
      "reopen future",
    ]);
  });

  it("reads an act someone is asked or ordered to do as still to come", () => {
    expect(read("The mayor urged the council to reject the budget.")).toEqual(["reject planned"]);
    expect(read("Protesters called on the minister to resign.")).toEqual(["resign planned"]);
    expect(read("Future plans call for the firm to build its servers with Vexa chips.")).toEqual([
      "build planned",
    ]);
    // Sent to repair: the sending happened.
    expect(read("The company sent engineers to repair the line.")).toEqual(["send past"]);
  });

  it("finds an attribution at the end of the sentence", () => {
    expect(read("The bridge will reopen on Friday, the council said.")).toEqual(["reopen future"]);
    expect(spans("The bridge will reopen on Friday, the council said.")[0]?.attribution).toBe(
      "the council said",
    );
  });

  it("keeps the hedge with the verb it weakens, as a reader should see it", () => {
    const hedge = (sentence: string) => clausesOf(tagText(sentence)).map((c) => c.hedge);
    expect(hedge("Officials estimate that around 300 guards might be involved.")).toEqual([
      "might be involved",
    ]);
    expect(hedge("The ferry is believed to carry 200 passengers.")).toEqual(["believed to carry"]);
    expect(hedge("The ferry reportedly sank near the cape.")).toEqual(["reportedly"]);
    expect(hedge("Five boats sank near the cape.")).toEqual([null]);
  });

  it("reads what has yet to happen as not having happened", () => {
    expect(read("The troops have yet to arrive in the capital.")).toEqual(["arrive past !"]);
  });

  it("tells plans and futures from what happened", () => {
    expect(read("The mayor will decide by June.")).toEqual(["decide future"]);
    expect(read("The utility is expected to restore power tonight.")).toEqual([
      "restore planned [expected]",
    ]);
    expect(read("The mayor decided in June.")).toEqual(["decide past"]);
  });

  it("marks a negated predicate, and a refusal as negation", () => {
    expect(read("The council did not approve the budget.")).toEqual(["approve past !"]);
    expect(read("The company refused to comment.")).toEqual(["comment present !"]);
  });

  it("keeps a denial or an unconfirmed report as a hedge, not as a negation", () => {
    expect(read("The ministry denied that any boats had left the port.")).toEqual([
      "leave past [denied]",
    ]);
    expect(read("Officials did not confirm that the ferry had sunk.")).toEqual([
      "sink past [unconfirmed]",
    ]);
  });

  it("keeps hedges as written", () => {
    expect(read("Rebels reportedly seized the airport.")).toEqual(["seize past [reportedly]"]);
    expect(read("Officials estimated that up to 400 homes may have flooded.")).toEqual([
      "flood past [estimated, may]",
    ]);
  });

  it("gives each joined verb a clause of its own", () => {
    expect(read("Divers searched the wreck and recovered two bodies.")).toEqual([
      "search past",
      "recover past",
    ]);
  });
});

describe("clausesOf on hostile input", () => {
  it("reads a sentence of thousands of verbs with work that grows linearly, not with its square", () => {
    // Counts how often the tokens are read: a quadratic walk reads them millions of times.
    const reads = (n: number) => {
      const tokens = tagText(`${"evacuated ".repeat(n)}.`);
      let count = 0;
      const counted = new Proxy(tokens, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) count++;
          return Reflect.get(target, key, receiver);
        },
      });
      clausesOf(counted);
      return count;
    };
    const small = reads(500);
    const large = reads(4_000);
    expect(large / small).toBeLessThan(8 * 2);
  });
});
