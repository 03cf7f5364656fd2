import { describe, expect, it } from "vitest";
import { compared as claimsOf } from "../../../tests/support/compared.ts";
import type { ArticleFacts, ClaimValue } from "../../core/model.ts";
import { type FactContext, toldAlikeElsewhere } from "./reported-elsewhere.ts";

const single = (claims: ReturnType<typeof claimsOf>) =>
  claims.filter((c) => c.status === "single-source").map((c) => `${c.kind}: ${c.values[0]?.text}`);

describe("what only one source says, when another tells the same happening", () => {
  const claims = claimsOf({
    "a.txt":
      "Quake Hits Kessel\n\nA strong earthquake struck the town of Kessel in Valdoria on Tuesday. The earthquake killed 14 people in Kessel, officials said. Engineers inspected 300 bridges across the province after the shaking stopped. “We have lost our homes, our school and all our hope for this winter,” said Mara Lind, a teacher.\n",
    "b.txt":
      "Earthquake Strikes Kessel\n\nAn earthquake struck Kessel in Valdoria on Tuesday. The earthquake killed several people in Kessel, the mayor said. “We have lost our homes, our school and all our hope for this winter,” one woman told reporters.\n",
  });
  const only = single(claims).join("\n");

  it("does not call a count only one source's when the other tells the same killing without it", () => {
    expect(only).not.toMatch(/14 people/);
  });

  it("keeps a count in a clause of its own as one source's", () => {
    expect(only).toMatch(/figure: 300 bridges/);
  });

  it("does not call a quote only one source's when the other quotes the same words", () => {
    expect(only).not.toMatch(/lost our homes/);
  });

  it("shows each sentence once in what only one source says", () => {
    const sentences = claims
      .filter((c) => c.status === "single-source")
      .map((c) => `${c.values[0]?.source}#${c.values[0]?.sentence}`);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

/** The quotes only one source gives, of two sources' texts. */
const quotesOnlyOneGives = (a: string, b: string) =>
  single(claimsOf({ "a.txt": a, "b.txt": b })).filter((c) => c.startsWith("quote:"));

it("does not call a quote only one source's when another tells most of its words in its own", () => {
  expect(
    quotesOnlyOneGives(
      "Ferry Halted\n\nThe harbor ferry stopped running on Monday. “The crossing will stay closed until the divers have checked every pier,” said Ines Moraga, the harbor master. “We lost a whole season,” said Tomas Ferreira, a baker.\n",
      "Ferry Service Suspended\n\nThe ferry stopped running on Monday. The harbor master said the crossing would stay closed until divers had checked every pier.\n",
    ),
  ).toEqual(["quote: “We lost a whole season,”"]);
});

it("does not call a short cry only one source's when another quotes it in other words", () => {
  expect(
    quotesOnlyOneGives(
      "Girl Hurt\n\nA stray bullet hit a girl on Perrin Street on Friday. Her mother heard a bang before the girl cried “Mama, mama, I've been hurt,” a neighbor said. “Nobody saw the car,” said Ola Brandt.\n",
      "Stray Bullet Hits Girl\n\nA girl was hit by a stray bullet on Perrin Street on Friday. She screamed “Mama, Mama, I got hurt,” her mother told the court.\n",
    ),
  ).toEqual(["quote: “Nobody saw the car,”"]);
});

describe("what only one source says, when another gives the same words or numbers", () => {
  const claims = claimsOf({
    "a.txt":
      "Mill Burns\n\nFire crews fought a blaze at the Orrin paper mill in Dunmere on Sunday. Police are treating the fire as “deeply suspicious”, said Inspector Tova Brand of the Dunmere police. The mill employed about 350 workers.\n",
    "b.txt":
      "Paper Mill Destroyed\n\nA blaze destroyed the Orrin paper mill in Dunmere on Sunday, and police called it “deeply suspicious”. Some 350 jobs are at risk, the union said. Volunteers collected 1,200 blankets.\n",
  });
  const only = single(claims).join("\n");

  it("does not call a short quote only one source's when the other quotes the same words", () => {
    expect(only).not.toMatch(/deeply suspicious/);
  });

  it("does not call a figure one source's when the other gives the same number", () => {
    expect(only).not.toMatch(/350/);
  });

  it("does not single out a conversion in brackets, which restates the figure before it", () => {
    const metric = claimsOf({
      "a.txt":
        "Dam Opens\n\nThe new dam holds 40 million cubic metres (1.4 billion cubic feet) of water.\n",
      "b.txt": "Dam Finished\n\nThe dam was finished on Monday after six years of work.\n",
    });
    expect(single(metric).join("\n")).not.toMatch(/1\.4 billion/);
  });

  it("does not call a sum one source's when the other gives it rounded", () => {
    const sums = claimsOf({
      "a.txt":
        "Phone Launch\n\nThe Orbit phone goes on sale in June for $149.99 with a case, the maker said.\n",
      "b.txt":
        "Orbit Phone Priced\n\nBuyers can get the Orbit for $149 from June, the company said. Stores ordered 8,000 units.\n",
    });
    const only = single(sums).join("\n");
    expect(only).not.toMatch(/\$149/);
    expect(only).toMatch(/8,000 units/);
  });

  it("does not call a measure one source's when the other gives it in another unit", () => {
    const sizes = claimsOf({
      "a.txt": "Slim Phone\n\nThe Orbit phone is just 0.71 inches thick, the maker said.\n",
      "b.txt":
        "Orbit Unveiled\n\nThe Orbit measures 1.8cm from front to back, the company said. Stores ordered 8,000 units.\n",
    });
    const only = single(sizes).join("\n");
    expect(only).not.toMatch(/0\.71 inches|1\.8cm/);
    expect(only).toMatch(/8,000 units/);
  });

  it("keeps a figure nobody else gives as one source's", () => {
    expect(only).toMatch(/1,200 blankets/);
  });
});

describe("what only one source says of where and when, when another names the same place or day", () => {
  it("does not call a place one source's when the other names it in another sentence", () => {
    const claims = claimsOf({
      "a.md":
        "---\ntitle: Ferry Captain Charged\ndate: 2031-03-14\n---\n\nA ferry captain was charged on Thursday over the sinking of the Orla. Captain Ilse Varga sailed the ferry into the storm near Lyon, prosecutor Dana Holm said.\n",
      "b.md":
        "---\ntitle: Captain Faces Charge\ndate: 2031-03-14\n---\n\nThe captain of the Orla was charged on Thursday. The ferry sank in a storm, the coast guard said. Rescuers in Lyon searched the wreck for a second day.\n",
    });
    expect(single(claims).join("\n")).not.toMatch(/place: Lyon/);
  });

  it("does not call a date one source's when the other gives the same day, whatever year it was given", () => {
    const day = (source: string, start: string): ArticleFacts => ({
      source,
      names: [],
      figures: [],
      quotes: [],
      dates: [
        {
          type: "date",
          text: "March 7",
          start: 10,
          end: 17,
          sentence: 2,
          expression: { kind: "partial", month: 3, day: 7 },
          value: { start, end: start, precision: "day", inferred: true },
        },
      ],
    });
    const facts = new Map([
      ["a", day("a", "2031-03-07")],
      ["b", day("b", "2030-03-07")],
      ["c", day("c", "2031-03-08")],
    ]);
    const ctx = (sources: string[]): FactContext => ({
      elsewhere: { sentences: new Map(), words: new Map() },
      factsOf: (id) => facts.get(id),
      framesOf: () => [],
      sources,
      wordsOf: () => "",
      textOf: () => "",
      stemsOf: () => [],
    });
    const value: ClaimValue = {
      source: "a",
      value: "7 March 2031",
      text: "March 7",
      start: 10,
      end: 17,
      sentence: 2,
    };
    expect(toldAlikeElsewhere("date", value, ctx(["a", "b"]))).toBe(true);
    expect(toldAlikeElsewhere("date", value, ctx(["a", "c"]))).toBe(false);
  });
});
