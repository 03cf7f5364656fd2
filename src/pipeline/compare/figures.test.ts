import { describe, expect, it } from "vitest";
import { gazetteerPlaces } from "../../core/geo/places.ts";
import { extract } from "../extract/index.ts";
import { ingest } from "../ingest/index.ts";
import { figureClaims } from "./figures.ts";
import { storySources } from "./source.ts";

/** The story's sources, read by the real ingest and extract, one outlet per body. */
function sources(...docs: [outlet: string, body: string][]) {
  const files = docs.map(([outlet, body], i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: Report ${i}\noutlet: ${outlet}\n---\n\n${body}\n`),
  }));
  const { articles } = ingest(files);
  const facts = articles.map((a) => extract(a, gazetteerPlaces));
  return storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  );
}
/** Figure claims for two outlets' bodies. */
const two = (a: string, b: string) =>
  figureClaims("s", sources(["Harbor Daily", a], ["Continental Wire", b]));
const summary = (claims: ReturnType<typeof figureClaims>) =>
  claims.map((c) => `${c.status} ${c.topic}: ${c.values.map((v) => v.value).join(" | ")}`);

describe("figureClaims", () => {
  it("aligns troops sent across sources, and not with soldiers trained", () => {
    const claims = figureClaims(
      "s",
      sources(
        [
          "Harbor Daily",
          "Reports have emerged regarding the training of over 12,000 North Korean soldiers to fight alongside Russian forces, with U.S. officials estimating that around 2,500 troops have already been sent.",
        ],
        ["Continental Wire", "U.S. officials estimate that around 3,000 troops might be involved."],
      ),
    );
    expect(summary(claims)).toEqual([
      "differ troops sent: about 2,500 | about 3,000 (might be involved)",
      "single-source training of soldiers: over 12,000",
    ]);
    expect(claims[0]?.explanation).toBe(
      "Harbor Daily says about 2,500; Continental Wire says about 3,000 (might be involved).",
    );
  });

  it("agrees on casualties worded as soldiers killed or wounded", () => {
    const claims = figureClaims(
      "s",
      sources(
        [
          "Harbor Daily",
          "As casualties in Ukraine surpass 600,000, Putin is turning to mercenaries.",
        ],
        [
          "Continental Wire",
          "U.S. officials estimate that over 600,000 Russian soldiers have been killed or wounded in the Ukraine conflict.",
        ],
      ),
    );
    expect(summary(claims)).toEqual(["agree casualties: over 600,000 | over 600,000"]);
    expect(claims[0]?.explanation).toBe("Both say over 600,000.");
  });

  it("finds three death tolls given as lower bounds compatible", () => {
    const claims = figureClaims(
      "s",
      sources(
        [
          "Harbor Daily",
          "Flash floods swept through Valencia on Tuesday, killing at least 62 people and leaving hundreds without homes.",
        ],
        [
          "Continental Wire",
          "More than 70 people died when torrential rain hit Valencia on October 29, Spanish authorities said on Friday.",
        ],
        [
          "Gulf Herald",
          "The government declared a state of emergency on Wednesday, a day after floods killed at least 64 people.",
        ],
      ),
    );
    expect(summary(claims)).toEqual([
      "compatible people killed: at least 62 | over 70 | at least 64",
    ]);
    expect(claims[0]?.explanation).toBe(
      "Harbor Daily says at least 62; Continental Wire says over 70; Gulf Herald says at least 64. All are lower bounds, so all can be true.",
    );
  });

  it("does not align deaths with people injured", () => {
    const claims = two(
      "The storm killed at least 12 people in the region.",
      "The storm injured at least 12 people in the region.",
    );
    expect(claims.map((c) => c.status)).toEqual(["single-source", "single-source"]);
  });

  it("counts of times count what their verbs tell: married is not divorced", () => {
    const apart = two(
      "The singer Vera Lind was married three times and had no children.",
      "The singer Vera Lind was divorced three times and had no children.",
    );
    expect(apart.map((c) => c.status)).toEqual(["single-source", "single-source"]);
    const one = two(
      "The singer Vera Lind was married three times and had no children.",
      "The singer Vera Lind had been married three times.",
    );
    expect(one.map((c) => c.status)).toEqual(["agree"]);
  });

  it("does not take a person's family for a count of the news", () => {
    const claims = two(
      "The blast killed two people near the depot.",
      "The guard, a father of two boys, was killed near the depot.",
    );
    expect(claims.map((c) => c.status)).toEqual(["single-source", "single-source"]);
  });

  it("points each value at the exact words in its source", () => {
    const [claim] = figureClaims(
      "s",
      sources(
        [
          "Harbor Daily",
          "Officials said about 1,200 soldiers had been deployed to search for survivors.",
        ],
        [
          "Continental Wire",
          "Around 1,500 troops joined the rescue effort, the Defense Ministry said.",
        ],
      ),
    );
    expect(claim?.status).toBe("differ");
    expect(claim?.values.map((v) => [v.text, v.number, v.qualifier, v.unit, v.sentence])).toEqual([
      ["about 1,200 soldiers", 1200, "about", "soldiers", 0],
      ["Around 1,500 troops", 1500, "about", "troops", 0],
    ]);
  });

  it("does not list a source's repeat of an aligned figure as single-source", () => {
    const claims = figureClaims(
      "s",
      sources(
        [
          "Harbor Daily",
          "The floods killed at least 62 people. Officials confirmed that at least 62 people were killed.",
        ],
        ["Continental Wire", "The floods killed at least 62 people."],
      ),
    );
    expect(summary(claims)).toEqual(["agree people killed: at least 62 | at least 62"]);
  });

  it("lists a single-source figure a source repeats once", () => {
    const claims = figureClaims(
      "s",
      sources([
        "Harbor Daily",
        "About 1,200 soldiers were sent. Officials said about 1,200 soldiers were sent.",
      ]),
    );
    expect(summary(claims)).toEqual(["single-source soldiers sent: about 1,200"]);
  });

  it("shows a figure's hedge with its value, and none for a firm one", () => {
    const claims = two(
      "Rescuers said about 40 miners may be trapped underground.",
      "Rescuers said about 40 miners were trapped underground.",
    );
    expect(claims[0]?.values.map((v) => v.value)).toEqual([
      "about 40 (may be trapped)",
      "about 40",
    ]);
  });

  it("with one source, every figure is single-source", () => {
    const claims = figureClaims("s", sources(["Harbor Daily", "About 1,200 soldiers were sent."]));
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["single-source", "Only Harbor Daily gives this figure: about 1,200."],
    ]);
  });
});
