import { describe, expect, it } from "vitest";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import type { NameMention } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { extractNames } from "./names.ts";

// Invented sentences for each error class the ECB+ eval found in the name finder.

function names(text: string): [NameMention["type"], string][] {
  const { articles } = ingest([
    { path: "t.txt", bytes: new TextEncoder().encode(`Test Headline Here\n\n${text}`) },
  ]);
  const a = articles[0];
  if (!a) throw new Error("no article");
  return extractNames(a, fakePlaces).map((m) => [m.type, m.name]);
}

describe("organizations without a head word", () => {
  it("takes a subject of “said” made of everyday words for an organization, never a person", () => {
    expect(names("Officials at Advanced Widget Devices said the chips were late.")).toEqual([
      ["organization", "Advanced Widget Devices"],
    ]);
    expect(names("The Ostria Highway Patrol said the road was closed.")).toEqual([
      ["organization", "Ostria Highway Patrol"],
    ]);
  });

  it("takes a one-word subject taken up by “it” for an organization", () => {
    expect(names("On Monday, Zentrix said it would repair the cable.")).toEqual([
      ["organization", "Zentrix"],
    ]);
  });

  it("takes a one-word subject of “said” for a surname, unless it ends like a coined company name", () => {
    expect(names("On Monday, Kowalczyk said the talks were over.")).toEqual([
      ["person", "Kowalczyk"],
    ]);
    expect(names("On Monday, Wavecom said the cable was cut.")).toEqual([]);
  });

  it("reads a company’s shape: inner capitals, a letter hyphened to a word, a web address", () => {
    expect(
      names("The deal was announced by NorthWidget, and Q-Mobile and Gadgets.com agreed."),
    ).toEqual([
      ["organization", "NorthWidget"],
      ["organization", "Q-Mobile"],
      ["organization", "Gadgets.com"],
    ]);
  });

  it("finds teams by a place and a plural, or by “the” and a plural", () => {
    expect(
      names("The Kursk Falcons beat the Harbor Hawks, and the Hawks fired their coach."),
    ).toEqual([
      ["organization", "Kursk Falcons"],
      ["organization", "Harbor Hawks"],
      ["organization", "Hawks"],
    ]);
  });

  it("reads a town in a score line as its team, and a country as the country", () => {
    expect(names("Top-ranked Austin beat Kursk 91-73, a week after sanctions on Russia.")).toEqual([
      ["organization", "Austin"],
      ["organization", "Kursk"],
      ["place", "Russia"],
    ]);
  });

  it("takes “the X Times / Reporter / Weekly” for outlets", () => {
    expect(names("The New Marlow Times and the Austin Reporter said so.")).toEqual([
      ["organization", "New Marlow Times"],
      ["organization", "Austin Reporter"],
    ]);
  });
});

describe("places inside longer names", () => {
  it("keeps a leading “New” and the whole name of a place", () => {
    expect(names("Voters in New Marlow went to the polls.")).toEqual([["place", "New Marlow"]]);
  });

  it("never reads a place off the front of a longer name", () => {
    expect(names("He drove a Kursk Roadster to work.")).toEqual([]);
  });

  it("finds seas, gulfs, mountains and counties the gazetteer does not hold", () => {
    expect(
      names("Ships in the Gulf of Zorvia and the Velarian Sea were warned, as was Tamsin County."),
    ).toEqual([
      ["place", "Gulf of Zorvia"],
      ["place", "Velarian Sea"],
      ["place", "Tamsin County"],
    ]);
  });
});

describe("people", () => {
  it("splits a capitalized word for a kind of person off the name", () => {
    expect(names("Comedian Dana Quillfeather will host, Coroner Abel Mortlake said.")).toEqual([
      ["person", "Dana Quillfeather"],
      ["person", "Abel Mortlake"],
    ]);
  });

  it("keeps a title word that is a surname after a given name", () => {
    expect(names("General manager Billy King said the coach was fired.")).toEqual([
      ["person", "Billy King"],
    ]);
  });

  it("does not take a person named like a small town for the town", () => {
    expect(names("Preston's plan was rejected. Later they flew to Preston.")).toEqual([
      ["place", "Preston"],
    ]);
  });
});

describe("headlines and quotations", () => {
  it("keeps the names of a title-case headline and drops its verbs and nouns", () => {
    expect(names("Rome Declares Emergency After Flooded Streets in Paris\n\nIt rained.")).toEqual([
      ["place", "Rome"],
      ["place", "Paris"],
    ]);
  });

  it("does not take a capital after an opening quotation mark for a name", () => {
    expect(names("She said: “Neighbours have confirmed it. Nobody slept.”")).toEqual([]);
  });

  it("does not take a compass word alone for a town", () => {
    expect(names("Beijing has long held sway over the North.")).toEqual([["place", "Beijing"]]);
  });
});
