import { describe, expect, it } from "vitest";
import { fakePlaces } from "../../../tests/support/fake-places.ts";
import type { NameMention } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { extractNames } from "./names.ts";

function names(text: string): NameMention[] {
  const { articles } = ingest([
    { path: "t.txt", bytes: new TextEncoder().encode(`Test Headline Here\n\n${text}`) },
  ]);
  const a = articles[0];
  if (!a) throw new Error("no article");
  const found = extractNames(a, fakePlaces);
  for (const m of found) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  return found;
}
const people = (text: string) =>
  names(text)
    .filter((m) => m.type === "person")
    .map((m) => (m.role ? `${m.name} (${m.role})` : m.name));
const of = (type: NameMention["type"], text: string) =>
  names(text)
    .filter((m) => m.type === type)
    .map((m) => m.name);

describe("extractNames: people", () => {
  it("separates titles from names and keeps the role as written", () => {
    expect(
      people("Secretary of State Maria T. Examplova met Prime Minister Kenji Tanabe."),
    ).toEqual(["Maria T. Examplova (Secretary of State)", "Kenji Tanabe (Prime Minister)"]);
  });

  it("keeps a country before the title in the role, and records the country as a place", () => {
    const found = names("French Foreign Minister Claire Dubois spoke.");
    expect(found.find((m) => m.type === "person")).toMatchObject({
      name: "Claire Dubois",
      role: "French Foreign Minister",
    });
    expect(found.find((m) => m.type === "place")).toMatchObject({ name: "France", demonym: true });
  });

  it("takes a lowercase role before the name", () => {
    expect(people("Officials said, and NATO spokesperson Amara Okafor agreed.")).toEqual([
      "Amara Okafor (NATO spokesperson)",
    ]);
  });

  it("moves “of Country” after a name into the role", () => {
    expect(people("President Ana Lucia Ferreira of Italy arrived.")).toEqual([
      "Ana Lucia Ferreira (President of Italy)",
    ]);
  });

  it("keeps hyphenated East Asian names whole, family name first", () => {
    expect(people("Leader Park Min-jun spoke. Later, Park left.")).toEqual([
      "Park Min-jun (Leader)",
      "Park",
    ]);
  });

  it("links a later surname, with the possessive stripped", () => {
    const found = names("Dr. Helena Marsh arrived. Marsh’s report was long.");
    expect(found.filter((m) => m.type === "person").map((m) => [m.text, m.name])).toEqual([
      ["Helena Marsh", "Helena Marsh"],
      ["Marsh", "Marsh"],
    ]);
  });

  it("finds people by given name or initials without a title", () => {
    expect(people("Victor Hale, a former member of the council, commented.")).toEqual([
      "Victor Hale (former member of the council)",
    ]);
    expect(people("J. R. Ortega left.")).toEqual(["J. R. Ortega"]);
  });

  it("takes an unknown two-word name for a person when the article calls them by the last word", () => {
    const text =
      "The champion stopped Ulvar Stenkoviq in the fifth round. Stenkoviq, 34, had not lost in years.";
    expect(people(text)).toEqual(["Ulvar Stenkoviq", "Stenkoviq"]);
    // Named once and never taken up: nothing says it is a person rather than a firm or a ship.
    expect(people("The champion stopped Ulvar Stenkoviq in the fifth round.")).toEqual([]);
  });

  it("never takes a person named like a city for the city", () => {
    const found = names("Defense Secretary Tom Austin spoke. Austin said the talks would go on.");
    expect(found.filter((m) => m.type === "place")).toEqual([]);
    expect(found.filter((m) => m.type === "person").map((m) => m.text)).toEqual([
      "Tom Austin",
      "Austin",
    ]);
  });

  it("does not take sentence openers or months for names", () => {
    expect(people("During October, Experts on trade met. However, nothing changed.")).toEqual([]);
  });
});

describe("extractNames: places", () => {
  it("finds countries by official name and abbreviation", () => {
    expect(
      of("place", "Talks with the Democratic People's Republic of Korea and the U.S. stalled."),
    ).toEqual(["North Korea", "United States"]);
  });

  it("counts a demonym only where it stands for the country", () => {
    expect(of("place", "The Russian government denied it, citing Russian culture.")).toEqual([
      "Russia",
    ]);
  });

  it("geocodes each place", () => {
    expect(names("They met in Rome.")[0]).toMatchObject({
      placeKind: "city",
      geo: { country: "IT" },
    });
  });
});

describe("extractNames: organizations", () => {
  it("finds full organization names and institutions named by their seat", () => {
    expect(
      of(
        "organization",
        "The Kremlin and the Center for Strategic and International Studies disagreed.",
      ),
    ).toEqual(["Kremlin", "Center for Strategic and International Studies"]);
  });

  it("splits at a possessive: the council, not the administration", () => {
    expect(
      of("organization", "He was on the Example administration's National Security Council."),
    ).toEqual(["National Security Council"]);
  });

  it("drops a leading demonym from an agency's name", () => {
    const found = names("The South Korean National Intelligence Service reported it.");
    expect(found.map((m) => [m.type, m.name])).toEqual([
      ["place", "South Korea"],
      ["organization", "National Intelligence Service"],
    ]);
  });

  it("takes acronyms for organizations unless they name a country", () => {
    expect(names("NATO and the US agreed.").map((m) => [m.type, m.name])).toEqual([
      ["organization", "NATO"],
      ["place", "United States"],
    ]);
  });
});
