import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import type { SeedFile } from "../../core/model.ts";
import { defaultIngestOptions, ingest } from "../ingest/index.ts";
import { cluster } from "./index.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const read = (dir: string): SeedFile[] =>
  readdirSync(join(ROOT, dir)).map((name) => ({
    path: name,
    bytes: readFileSync(join(ROOT, dir, name)),
  }));
const seed = (path: string, text: string): SeedFile => ({
  path,
  bytes: new TextEncoder().encode(text),
});

/** The real stages before cluster: ingest, extract, resolve (which puts entity ids on names). */
function run(files: readonly SeedFile[], keepHeadline = false) {
  const { articles } = ingest(files, { ...defaultIngestOptions, keepHeadline });
  const { facts } = resolvedFacts(articles);
  return { articles, facts, stories: cluster(articles, facts) };
}

const SAMPLE = read("seeds");
const FOUR_EVENTS = read("tests/fixtures/articles");
const HARDER = read("tests/fixtures/cluster");

describe("cluster on the fixture articles and the sample seeds", () => {
  const { stories } = run([...FOUR_EVENTS, ...HARDER, ...SAMPLE]);
  const groups = stories.map((s) => s.sources);

  it("groups every article with the other reports of its event, and nothing else", () => {
    expect(groups).toEqual([
      ["000_5581c5a9835157b4", "001_119eb813b5161e76"],
      ["election-a", "election-b", "election-c"],
      ["ferry-a", "ferry-b"],
      ["flood-a", "flood-b", "flood-c"],
      ["lithium-a", "lithium-b"],
      ["mine-a", "mine-b"],
      ["museum"],
      ["quake-a", "quake-b", "quake-c"],
      ["summit-a", "summit-b", "summit-c"],
    ]);
  });

  it("keeps apart two events that share a country, a minister and a company", () => {
    // Chile's mining minister announcing a lithium plan, then visiting a mine collapse.
    expect(groups).toContainEqual(["lithium-a", "lithium-b"]);
    expect(groups).toContainEqual(["mine-a", "mine-b"]);
  });

  it("joins two outlets that tell one event in different words", () => {
    // "ferry capsized ... passengers" and "vessel overturned ... travellers".
    expect(groups).toContainEqual(["ferry-a", "ferry-b"]);
  });

  it("gives each story a neutral title that reads as one, and a unique slug", () => {
    const bySource = new Map(stories.map((s) => [s.sources[0], s]));
    expect(bySource.get("000_5581c5a9835157b4")?.title).toBe(
      "U.S. Reports Presence of North Korean Troops in Russia",
    );
    expect(bySource.get("ferry-a")?.title).toBe("Ferry Capsizes Off Lombok");
    for (const s of stories) {
      expect(s.title).toMatch(/^\p{Lu}/u);
      expect(s.title.split(" ").length).toBeLessThanOrEqual(12);
      expect(s.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(new Set(stories.map((s) => s.slug)).size).toBe(stories.length);
  });

  it("gives the same stories when the headline is kept in the text, as the CLI ingests", () => {
    expect(run([...FOUR_EVENTS, ...HARDER, ...SAMPLE], true).stories.map((s) => s.sources)).toEqual(
      groups,
    );
  });

  it("gives the same stories, titles and slugs whatever order the files come in", () => {
    const reversed = run([...SAMPLE, ...HARDER, ...FOUR_EVENTS].reverse()).stories;
    expect(reversed).toEqual(stories);
  });
});

describe("cluster on smaller sets", () => {
  it("makes the sample seeds one story", () => {
    const { stories } = run(SAMPLE);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources).toEqual(["000_5581c5a9835157b4", "001_119eb813b5161e76"]);
  });

  it("finds the four events of the fixture articles on their own", () => {
    expect(run(FOUR_EVENTS).stories.map((s) => s.sources)).toEqual([
      ["election-a", "election-b", "election-c"],
      ["flood-a", "flood-b", "flood-c"],
      ["quake-a", "quake-b", "quake-c"],
      ["summit-a", "summit-b", "summit-c"],
    ]);
  });

  it("makes an unrelated article a story of its own", () => {
    const { stories } = run([...SAMPLE, HARDER.find((f) => f.path === "museum.md") as SeedFile]);
    expect(stories.map((s) => s.sources)).toEqual([
      ["000_5581c5a9835157b4", "001_119eb813b5161e76"],
      ["museum"],
    ]);
  });

  it("has no stories without articles", () => {
    expect(cluster([], [])).toEqual([]);
  });
});

describe("cluster without entities or with dates far apart", () => {
  const { articles } = ingest([
    seed(
      "a.txt",
      "Flood Hits Riverton\n\nThe Arno river flooded Riverton on Monday. Mayor Lucia Ferri ordered evacuations as the Arno rose.",
    ),
    seed(
      "b.txt",
      "Riverton Evacuated\n\nMayor Lucia Ferri evacuated Riverton after the Arno burst its banks, flooding homes.",
    ),
    seed(
      "c.txt",
      "Chess Final Ends in Draw\n\nGrandmaster Ivan Petrov drew the final game of the chess championship in Oslo.",
    ),
  ]);

  it("groups by words alone when there are no facts", () => {
    expect(cluster(articles).map((s) => s.sources)).toEqual([["a", "b"], ["c"]]);
  });

  it("keeps apart the same kind of event years apart, and numbers equal slugs", () => {
    const storm = (path: string, published: string, end: string) =>
      seed(
        path,
        `---\ntitle: Storm Hits Coast\npublished: ${published}\n---\n\nA storm hit the coast of Norland, flooding the harbor town of Vik and cutting power to ${end}.`,
      );
    const { articles: storms } = ingest([
      storm("2020.md", "2020-09-01", "homes"),
      storm("2024.md", "2024-03-10", "farms"),
    ]);
    expect(cluster(storms)).toEqual([
      { slug: "storm-hits-coast", title: "Storm Hits Coast", sources: ["2020"] },
      { slug: "storm-hits-coast-2", title: "Storm Hits Coast", sources: ["2024"] },
    ]);
  });
});

describe("cluster on look-alike events", () => {
  // Invented: one team puts two players on the injured list, weeks apart, in look-alike words.
  const injured = (path: string, player: string, surname: string, injury: string, lead: string) =>
    seed(
      path,
      `${lead}\n\nThe Harbor City Herons placed ${player} on injured reserve because of ${injury}, ending his season. ${surname} missed the last two games of the regular season. Coach Dana Whitlock said the team would promote a player from its practice squad. The Herons are fighting for a playoff place in the northern division. The team will play the Lakeport Owls at home on Sunday.`,
    );
  const okafor = [
    injured(
      "okafor-a.md",
      "forward Tomas Okafor",
      "Okafor",
      "a knee injury",
      "Herons Place Okafor on Injured Reserve",
    ),
    injured(
      "okafor-b.md",
      "Tomas Okafor",
      "Okafor",
      "a sprained knee",
      "Okafor Out for the Season",
    ),
    injured("okafor-c.md", "star forward Tomas Okafor", "Okafor", "his knee", "Herons Lose Okafor"),
  ];
  const varga = [
    injured(
      "varga-a.md",
      "guard Emil Varga",
      "Varga",
      "an ankle injury",
      "Herons Place Varga on Injured Reserve",
    ),
    injured("varga-b.md", "Emil Varga", "Varga", "a broken ankle", "Varga Out for the Season"),
    injured("varga-c.md", "veteran guard Emil Varga", "Varga", "his ankle", "Herons Lose Varga"),
  ];

  it("keeps apart two players put on the injured list by one team", () => {
    expect(run([...okafor, ...varga]).stories.map((s) => s.sources)).toEqual([
      ["okafor-a", "okafor-b", "okafor-c"],
      ["varga-a", "varga-b", "varga-c"],
    ]);
  });

  it("keeps one quake together though later reports give another toll and the region", () => {
    // Early reports name the town and five dead; later ones the region around it and nine.
    const quake = (path: string, where: string, toll: string, more: string, source: string) =>
      seed(
        path,
        `Quake Hits ${where}\n\nA strong earthquake struck ${where} on Tuesday, killing ${toll} people and flattening dozens of homes, ${source} said. The quake was felt across the region and cut power to thousands of homes. ${more}`,
      );
    const early =
      "Rescuers dug through the rubble of a collapsed school as aftershocks shook the area.";
    const late =
      "The government declared a state of emergency and sent soldiers to clear the roads.";
    const { stories } = run([
      quake("early-a.md", "Naples", "five", early, "the fire service"),
      quake("early-b.md", "Naples", "five", early, "the police"),
      quake("early-c.md", "Naples", "five", early, "witnesses"),
      quake("late-a.md", "Campania", "nine", late, "the fire service"),
      quake("late-b.md", "Campania", "nine", late, "the police"),
      quake("late-c.md", "Campania", "nine", late, "witnesses"),
    ]);
    expect(stories).toHaveLength(1);
  });
});
