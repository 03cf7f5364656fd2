import { describe, expect, it } from "vitest";
import { gazetteerPlaces } from "../../core/geo/places.ts";
import { extract } from "../extract/index.ts";
import { ingest } from "../ingest/index.ts";
import { figureClaims } from "./figures.ts";
import { storySources } from "./source.ts";

/** The label a reader sees above each figure of an invented one-source article, in order. */
function labels(body: string): string[] {
  const bytes = new TextEncoder().encode(
    `---\ntitle: Report\noutlet: Harbor Daily\n---\n\n${body}\n`,
  );
  const { articles } = ingest([{ path: "s.md", bytes }]);
  const facts = articles.map((a) => extract(a, gazetteerPlaces));
  const sources = storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  );
  return figureClaims("s", sources).map((c) => c.topic);
}

describe("figure labels", { timeout: 30_000 }, () => {
  it("names what was done to the counted thing only from the verb it is the object of", () => {
    expect(
      labels("The storm injured more than 200 villagers and flattened over 300 barns."),
    ).toEqual(["villagers injured", "barns flattened"]);
  });

  it("names the happening a passive verb tells of its subject, never a guessed one", () => {
    expect(labels("Two suspected smugglers were detained near the ferry terminal.")).toEqual([
      "suspected smugglers detained",
    ]);
    expect(labels("About 4,000 residents fled their homes after the warning.")).toEqual([
      "residents fled homes",
    ]);
  });

  it("does not take a participle used as a preposition for what happened", () => {
    expect(
      labels("The whole repair time will be around twelve days depending on the weather."),
    ).toEqual(["days"]);
  });

  it("does not take the verb before a clause of its own for the figure's", () => {
    expect(labels("He walked in where about 100 people were working.")).toEqual(["people working"]);
    expect(
      labels("She drove through a barrier and entered where roughly 100 people were."),
    ).toEqual(["people"]);
  });

  it("names a distance by where it was measured, not by its unit alone", () => {
    expect(labels("The tremor struck 12 km north of Eastholm on the coast.")).toEqual([
      "km north of Eastholm",
    ]);
  });

  it("names what a measure measures when the figure completes it", () => {
    expect(labels("The blaze began at a depth of 40 metres below the quarry floor.")).toEqual([
      "depth (metres)",
    ]);
  });

  it("names a change by its subject and verb rather than 'amount'", () => {
    expect(labels("Ferry fares rose $4 after the strike.")).toEqual(["fares rose"]);
  });

  it("keeps a nominal happening with the counted thing", () => {
    expect(labels("The council approved the hiring of 150 lifeguards for the summer.")).toEqual([
      "hiring of lifeguards",
    ]);
  });

  it("falls back to a plain word when the clause tells nothing of the figure", () => {
    expect(labels("Tickets went on sale, and the cheapest was priced near $1,400.")).toEqual([
      "amount",
    ]);
  });
});
