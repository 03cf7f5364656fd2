import { describe, expect, it } from "vitest";
import type { Claim, ClaimValue, PlaceKind } from "../../core/model.ts";
import { plainSummary, storySummary } from "./summary.ts";

// An invented story: two reports of a harbour fire, and a third outlet for the wider cases.
const SOURCES = [
  { id: "gazette", label: "Harbour Gazette" },
  { id: "post", label: "Valley Post" },
];
const v = (source: string, value: string, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  source,
  value,
  text: value,
  start: 0,
  end: value.length,
  sentence: 0,
  ...extra,
});
let n = 0;
const claim = (
  kind: Claim["kind"],
  status: Claim["status"],
  topic: string,
  values: ClaimValue[],
): Claim => ({
  id: `fire-${kind}-${++n}`,
  story: "fire",
  kind,
  topic,
  status,
  values,
  explanation: "",
});

const BOATS = claim("figure", "differ", "boats burned", [
  v("gazette", "about 12"),
  v("post", "15"),
]);
const CREWS = claim("figure", "agree", "crews evacuated", [v("gazette", "40"), v("post", "40")]);
const Q1 = claim("quote", "differ", "Ann Example's quote", [
  v("gazette", "We will rebuild", { entity: "person-ann" }),
  v("post", "We shall rebuild", { entity: "person-ann" }),
]);
const Q2 = claim("quote", "differ", "Ann Example's quote", [
  v("gazette", "Nobody was hurt", { entity: "person-ann" }),
  v("post", "No one was hurt", { entity: "person-ann" }),
]);
const WHERE = claim("place", "compatible", "where Ann Example spoke", [
  v("gazette", "Ruritania", { entity: "place-ruritania" }),
  v("post", "Portvale", { entity: "place-portvale" }),
]);
const ONLY = [
  claim("statement", "single-source", "Portvale", [v("gazette", "The pier was closed.")]),
  claim("statement", "single-source", "Portvale", [v("gazette", "Ferries were held.")]),
  claim("figure", "single-source", "tugs sent", [v("post", "three")]),
];
const placeKinds = new Map<string, PlaceKind>([
  ["place-ruritania", "country"],
  ["place-portvale", "city"],
]);
const names = new Map([["person-ann", "Ann Example"]]);

const text = (claims: Claim[], sources = SOURCES) =>
  plainSummary(storySummary({ claims, sources, placeKinds, names }));

describe("storySummary", () => {
  it("states the finding: sources, agreements, differences with who says what, precision, and what one source alone says", () => {
    expect(text([BOATS, CREWS, Q1, Q2, WHERE, ...ONLY])).toBe(
      "Two sources report this story: Harbour Gazette and Valley Post. " +
        "They agree on one point; they differ on boats burned (about 12 in Harbour Gazette, 15 in Valley Post) " +
        "and on the wording of two quotes by Ann Example. " +
        "Valley Post names the city (Portvale) where Harbour Gazette says Ruritania. " +
        "Three facts come from one source only: 2 in Harbour Gazette and 1 in Valley Post.",
    );
  });

  it("links each finding to its evidence on the page", () => {
    const sentences = storySummary({
      claims: [BOATS, CREWS, Q1, Q2, WHERE],
      sources: SOURCES,
      placeKinds,
      names,
    });
    const links = sentences.flat().filter((p) => typeof p !== "string");
    expect(links.map((l) => l.href)).toEqual([
      "#the-sources",
      "#where-the-sources-agree",
      `#${BOATS.id}`,
      `#${Q1.id}`,
      `#${WHERE.id}`,
    ]);
  });

  it("says so when the sources agree on everything both report", () => {
    expect(text([CREWS])).toBe(
      "Two sources report this story: Harbour Gazette and Valley Post. They agree on one point and contradict each other on none.",
    );
  });

  it("says so when nothing could be compared", () => {
    expect(text([ONLY[0] as Claim])).toContain("No fact was found in more than one of them");
  });

  it("groups sources that give the same value", () => {
    const three = [...SOURCES, { id: "wire", label: "Coast Wire" }];
    const boats = claim("figure", "differ", "boats burned", [
      v("gazette", "about 12"),
      v("post", "15"),
      v("wire", "about 12"),
    ]);
    expect(text([boats], three)).toContain(
      "boats burned (about 12 in Harbour Gazette and Coast Wire, 15 in Valley Post)",
    );
  });

  it("names at most four differences and counts the rest", () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      claim("figure", "differ", `thing ${i + 1}`, [v("gazette", "1"), v("post", "2")]),
    );
    const t = text(many);
    expect(t).toContain("thing 4 (");
    expect(t).not.toContain("thing 5");
    expect(t).toContain("and on two other points.");
  });

  it("with one source, says there is nothing to compare", () => {
    expect(text([ONLY[0] as Claim], [SOURCES[0] as (typeof SOURCES)[number]])).toBe(
      "One source reports this story: Harbour Gazette. With one source there is nothing to compare yet: the one fact it reports is listed below.",
    );
  });
});
