import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { personEvents } from "./events.ts";
import { storySources } from "./source.ts";

/** Each sentence's events as "Person verb @ place / date". */
function events(body: string) {
  const { articles } = ingest([
    { path: "a.md", bytes: new TextEncoder().encode(`---\ntitle: A report\n---\n\n${body}\n`) },
  ]);
  const { facts } = resolvedFacts(articles);
  const [source] = storySources({ slug: "s", title: "S", sources: ["a"] }, articles, facts);
  if (!source) throw new Error("no source");
  return personEvents(source).map(
    (e) => `${e.person.name} ${e.verb} @ ${e.place?.text ?? "-"} / ${e.date?.text ?? "-"}`,
  );
}

describe("personEvents", () => {
  it("places and dates what the subject did in the main clause", () => {
    expect(
      events(
        "In an interview, Defense Secretary Jane Example affirmed on October 23 in Rome that troops were sent to Russia.",
      ),
    ).toEqual(["Jane Example affirmed @ Rome / October 23"]);
  });

  it("takes the place from an introductory phrase, even when nested", () => {
    expect(
      events(
        "During a press briefing at a military base in Italy, Jane Example noted, “We will see.”",
      ),
    ).toEqual(["Jane Example noted @ Italy / -"]);
  });

  it("does not place or date an event by an appositive about the person", () => {
    expect(
      events("Mara Lindqvist, who won gold in Helsinki in 1952, died on Tuesday in Lyon."),
    ).toEqual(["Mara Lindqvist died @ Lyon / Tuesday"]);
    expect(
      events("Mara Lindqvist, a star of the musicals of the 1940s, has died in Lyon."),
    ).toEqual(["Mara Lindqvist died @ Lyon / -"]);
    // A participle there tells the occasion itself.
    expect(events("Jane Example, speaking in Rome on October 23, said troops were sent.")).toEqual([
      "Jane Example said @ Rome / October 23",
    ]);
  });

  it("does not take places from inside quotes or that-complements", () => {
    expect(events("Jane Example said that troops were seen in Kursk.")).toEqual([]);
    expect(events("Jane Example said, “Troops are in Kursk.”")).toEqual([]);
  });

  it("places a speaker quoted first", () => {
    expect(
      events('"We will rebuild every street," Elena Marquez told reporters in Valencia.'),
    ).toEqual(["Elena Marquez told @ Valencia / -"]);
  });

  it("ignores places that belong to an organization, and demonyms", () => {
    expect(
      events(
        "Nino Beridze won the runoff on Saturday with 53 percent of the vote, the Central Election Commission in Tbilisi said.",
      ),
    ).toEqual(["Nino Beridze won @ - / Saturday"]);
    expect(events("Jane Example met Russian officials.")).toEqual([]);
  });

  it("gives no event to a person who is not the subject", () => {
    expect(events("Voters in Georgia elected Nino Beridze as president on December 14.")).toEqual(
      [],
    );
  });
});
