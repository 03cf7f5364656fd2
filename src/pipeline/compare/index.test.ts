import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compared } from "../../../tests/support/compared.ts";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import { contains as placeContains } from "../../core/geo/contains.ts";
import { placeById } from "../../core/geo/gazetteer.ts";
import type { Claim, Story } from "../../core/model.ts";
import { storyEvents } from "../events/index.ts";
import { ingest } from "../ingest/index.ts";
import { compare } from "./index.ts";

/** The gazetteer's containment, by place id, as the orchestrator passes it. */
const contains = (outer: string, inner: string) => {
  const o = placeById(outer);
  const i = placeById(inner);
  return o !== undefined && i !== undefined && placeContains(o, i);
};

/**
 * Runs the real pipeline up to compare on files from `dir`, as one story, with the story's
 * happenings from the events stage, as the orchestrator passes them.
 */
function run(dir: string, names: readonly string[], slug = "story") {
  const files = names.map((path) => ({ path, bytes: readFileSync(`${dir}/${path}`) }));
  const { articles } = ingest(files);
  const resolved = resolvedFacts(articles);
  const { entities } = resolved;
  const facts = datedFacts(articles, resolved.facts);
  const story: Story = { slug, title: slug, sources: articles.map((a) => a.id) };
  const events = storyEvents(story, articles, facts);
  const claims = compare(story, articles, facts, entities, { contains, events });
  return { articles, claims };
}

const find = (claims: Claim[], kind: string, topic: string) =>
  claims.find((c) => c.kind === kind && c.topic === topic);
const summary = (c: Claim | undefined) =>
  c && `${c.status}: ${c.values.map((v) => v.value).join(" | ")}`;

const seedNames = readdirSync("seeds").filter((p) => p.endsWith(".txt"));
const seeds = run("seeds", seedNames, "north-korean-troops");
const fixture = (event: string) =>
  run(
    "tests/fixtures/articles",
    readdirSync("tests/fixtures/articles").filter((p) => p.startsWith(`${event}-`)),
    event,
  );

describe("compare on the sample seeds", () => {
  const { claims, articles } = seeds;

  it("finds the troop estimates differ and the casualty counts agree", () => {
    expect(summary(find(claims, "figure", "troops sent"))).toBe(
      "differ: about 2,500 | about 3,000 (might be involved)",
    );
    expect(summary(find(claims, "figure", "casualties"))).toBe(
      "agree: over 600,000 | over 600,000",
    );
    expect(find(claims, "figure", "casualties")?.explanation).toBe("Both say over 600,000.");
  });

  it("leaves the other figures single-source, never aligning soldiers trained with troops sent", () => {
    const figures = claims.filter((c) => c.kind === "figure");
    expect(figures.filter((c) => c.status === "single-source").map(summary)).toEqual([
      "single-source: over 12,000",
      "single-source: 25,000 to 30,000 each month (attempting to recruit)",
      "single-source: 13,000",
    ]);
  });

  it("marks the extra 'very,' in Austin's quote", () => {
    const quote = claims.find(
      (c) => c.kind === "quote" && c.values[0]?.value === "very, very serious",
    );
    expect(quote?.status).toBe("differ");
    expect(quote?.topic).toBe("Lloyd J. Austin III's quote");
    expect(quote?.diff?.map((d) => d.tokens.map((t) => `${t.text}:${t.op}`).join(" "))).toEqual([
      "very,:changed very:same serious:same",
      "very:same serious:same",
    ]);
  });

  it("finds Rome compatible with Italy, and names the city", () => {
    const place = find(claims, "place", "where Lloyd J. Austin III spoke");
    expect(summary(place)).toBe("compatible: Italy | Rome");
    expect(place?.explanation).toMatch(/names the city: Rome, which is in Italy\.$/u);
  });

  it("agrees on the date Austin spoke", () => {
    const date = find(claims, "date", "when Lloyd J. Austin III spoke");
    expect(summary(date)).toBe("agree: 23 October 2024 | 23 October 2024");
    expect(date?.values.map((v) => v.text)).toEqual(["Wednesday", "October 23"]);
  });

  it("orders claims differ, compatible, agree, single-source, with stable ids", () => {
    const rank = { differ: 0, compatible: 1, agree: 2, "single-source": 3 };
    const ranks = claims.map((c) => rank[c.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims)
      expect(c.id).toMatch(new RegExp(`^north-korean-troops-${c.kind}-\\d+$`, "u"));
    expect(claims[0]?.id).toBe("north-korean-troops-figure-1");
  });

  it("points every value at its exact words and sentence", () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const c of claims) {
      for (const v of c.values) {
        const a = byId.get(v.source);
        expect(a?.text.slice(v.start, v.end)).toBe(v.text);
        const s = a?.sentences[v.sentence];
        expect(s && s.start <= v.start && v.start < s.end).toBe(true);
      }
    }
  });

  it("names sources by letter when the outlet is unknown", () => {
    expect(find(claims, "figure", "troops sent")?.explanation).toBe(
      "Source A says about 2,500; Source B says about 3,000 (might be involved).",
    );
  });

  it("lists single-source statements only for sentences with facts and no echo", () => {
    const single = claims.filter((c) => c.kind === "statement" && c.status === "single-source");
    expect(single.length).toBeGreaterThan(0);
    expect(single.every((c) => c.values.length === 1)).toBe(true);
    const texts = single.map((c) => c.values[0]?.text ?? "");
    // Reported by both outlets in other words: not single-source.
    expect(texts.some((t) => t.startsWith("American intelligence officials"))).toBe(false);
    expect(texts.some((t) => t.startsWith("The Kremlin has not commented"))).toBe(true);
  });

  it("never says only one outlet reports the experts' view, which both give in other words", () => {
    const experts = claims.filter((c) => c.values.some((v) => v.text.startsWith("Experts on")));
    expect(experts.filter((c) => c.status === "single-source")).toEqual([]);
  });

  it("shows the statements both outlets make in their own words as agreements, with why", () => {
    const agree = claims.filter((c) => c.status === "agree");
    expect(agree.length).toBeGreaterThanOrEqual(7);
    const both = (start: string) =>
      agree.find((c) => c.kind === "statement" && c.values[0]?.text.startsWith(start));
    const images = both("American intelligence officials");
    expect(images?.values.map((v) => v.text.startsWith("American intelligence officials"))).toEqual(
      [true, true],
    );
    expect(images?.why?.words).toContain("release");
    expect(both("For North Korean leader")?.why?.who).toEqual(["Kim Jong-un"]);
  });

  it("gives the same claims on every run", () => {
    const again = run("seeds", [...seedNames].reverse(), "north-korean-troops");
    expect(again.claims).toEqual(claims);
  });
});

describe("compare on the fixture events", () => {
  it("flood: death tolls are compatible lower bounds; troop counts differ", () => {
    const { claims } = fixture("flood");
    expect(summary(find(claims, "figure", "people killed"))).toBe(
      "compatible: at least 62 | over 70 | at least 64",
    );
    expect(summary(find(claims, "figure", "troops joined rescue effort"))).toBe(
      "differ: about 1,200 | about 1,500",
    );
  });

  it("quake: the injured count is compatible; homes without power differ", () => {
    const { claims } = fixture("quake");
    expect(summary(find(claims, "figure", "people injured"))).toBe(
      "compatible: at least 9 | 9 | at least 9",
    );
    expect(summary(find(claims, "figure", "homes lost power"))).toBe(
      "differ: about 30,000 | about 28,000",
    );
  });

  it("summit: the tariff cut and the trade covered differ; a shortened quote agrees", () => {
    const { claims } = fixture("summit");
    expect(summary(find(claims, "figure", "tariff cut"))).toBe("differ: 12% | 10% | 12%");
    expect(summary(find(claims, "figure", "annual trade covered"))).toBe(
      "differ: about $4.5 billion | about $5 billion each year (would affect)",
    );
    // One outlet quotes a passage of what the other quotes in full: the same words.
    const quote = find(claims, "quote", "Wang Lihua's quote");
    expect(quote?.status).toBe("agree");
    expect(quote?.values.map((v) => [v.value, v.note])).toEqual([
      ["We have a deal that protects workers on both sides", "quotes more"],
      ["a deal that protects workers.", undefined],
    ]);
  });

  it("election: vote shares differ; the turnout is single-source", () => {
    const { claims } = fixture("election");
    expect(summary(find(claims, "figure", "vote"))).toBe("differ: 53% | 54%");
    expect(summary(find(claims, "figure", "share"))).toBe("single-source: about 61%");
  });

  it("a story of one source has only single-source claims", () => {
    const { claims } = run("tests/fixtures/articles", ["flood-a.md"], "flood");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.status === "single-source" && c.values.length === 1)).toBe(true);
    expect(claims.filter((c) => c.kind === "statement").length).toBeLessThanOrEqual(5);
  });
});

describe("one claim for one agreement", () => {
  it("does not show two sentences quoting the same words again as a statement", () => {
    const claims = compared({
      "a.txt":
        "Ferry Halted\n\nThe harbor ferry stopped running on Monday after a pier gave way. “The crossing will stay closed until the divers have checked every pier,” harbor master Ines Moraga said on Monday.\n",
      "b.txt":
        "Ferry Service Suspended\n\nThe ferry stopped running on Monday after a pier collapsed. “The crossing will stay closed until the divers have checked every pier,” harbor master Ines Moraga told reporters on Monday.\n",
    });
    const quote = claims.find((c) => c.kind === "quote" && c.status === "agree");
    expect(quote?.values.map((v) => v.source)).toEqual(["a", "b"]);
    const sentences = (c: Claim) => c.values.map((v) => `${v.source}#${v.sentence}`).join(" ");
    const again = claims.filter(
      (c) => c !== quote && c.status === "agree" && quote && sentences(c) === sentences(quote),
    );
    expect(again).toEqual([]);
  });
});
