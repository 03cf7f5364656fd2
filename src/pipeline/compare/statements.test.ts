import { describe, expect, it } from "vitest";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import { storyWeights } from "../../core/event/weights.ts";
import type { StoryEvent } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { storyReports } from "./reports.ts";
import { storySources } from "./source.ts";
import { statementClaims, trim } from "./statements.ts";

/** Statement claims for one body per outlet; `used` lists "<id>#<sentence>" already shown. */
function claims(
  docs: [outlet: string, body: string][],
  options: { used?: string[]; events?: StoryEvent[] } = {},
) {
  const files = docs.map(([outlet, body], i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(`---\ntitle: Report ${i}\noutlet: ${outlet}\n---\n\n${body}\n`),
  }));
  const { articles } = ingest(files);
  const resolved = resolvedFacts(articles);
  const { entities } = resolved;
  const facts = datedFacts(articles, resolved.facts);
  const sources = storySources(
    { slug: "s", title: "S", sources: articles.map((a) => a.id) },
    articles,
    facts,
  );
  const reports = storyReports(sources);
  const ctx = {
    weight: storyWeights(reports.flat().flatMap((r) => r.frames)),
    contains: (a: string, b: string) => a === b,
  };
  const actors = new Set(entities.filter((e) => e.type !== "place").map((e) => e.id));
  return statementClaims(
    "s",
    reports,
    new Set(options.used ?? []),
    new Set(),
    new Map(entities.map((e) => [e.id, e.name])),
    ctx,
    options.events ?? [],
    (id) => actors.has(id),
  );
}

const agreed = (out: ReturnType<typeof claims>) => out.filter((c) => c.status === "agree");
const single = (out: ReturnType<typeof claims>) =>
  out.filter((c) => c.status === "single-source").map((c) => c.values[0]?.value);

describe("statementClaims", { timeout: 60_000 }, () => {
  const harbor: [string, string] = [
    "Harbor Daily",
    "Port officials in Marlow said the Velmar Ferry Company sent twelve ferries to the islands on Monday. The Velmar Ferry Company has not commented on the higher winter fares. It was a long day.",
  ];
  const wire: [string, string] = [
    "Continental Wire",
    "Port officials in Marlow said the Velmar Ferry Company dispatched twelve ferries to the islands on Monday.",
  ];

  it("shows two sources' rewordings of one statement as one agreement, with why", () => {
    const out = agreed(claims([harbor, wire]));
    expect(out).toHaveLength(1);
    expect(out[0]?.values.map((v) => [v.source, v.sentence])).toEqual([
      ["s0", 0],
      ["s1", 0],
    ]);
    expect(out[0]?.why?.what).toEqual(["send", "dispatch"]);
    expect(out[0]?.why?.who).toContain("Velmar Ferry Company");
    expect(out[0]?.topic).toBe("Velmar Ferry Company sent twelve ferries");
  });

  it("says only one source reports a sentence with a fact that no other source echoes", () => {
    const out = claims([harbor, wire]);
    expect(single(out)).toEqual([
      "The Velmar Ferry Company has not commented on the higher winter fares.",
    ]);
    expect(out.find((c) => c.status === "single-source")?.topic).toBe(
      "has not commented on higher winter fares",
    );
  });

  it("does not align a plan with a past act", () => {
    const out = claims([
      harbor,
      [
        "Continental Wire",
        "Port officials in Marlow said the Velmar Ferry Company will send twelve ferries to the islands next month.",
      ],
    ]);
    expect(agreed(out)).toEqual([]);
  });

  it("does not align the same act by two different doers in two places", () => {
    const out = claims([
      ["Harbor Daily", "Governor Ann Pelley signed the religious freedom bill in Ohio on Monday."],
      [
        "Continental Wire",
        "Governor Tom Radley signed the religious freedom bill in Utah on Monday.",
      ],
    ]);
    expect(agreed(out)).toEqual([]);
  });

  // Near misses from ECB+'s look-alike events: the same verb, but not the same happening.
  it.each([
    [
      "the same act done to two different people",
      "The Marlow Mariners placed running back Tomas Reyna on injured reserve because of a knee injury.",
      "The Marlow Mariners placed running back Mikel Sandoval on injured reserve because of an ankle injury.",
    ],
    [
      "the same act with no one and nowhere in common",
      "A strong earthquake hit the coast early on Sunday, damaging dozens of homes.",
      "A powerful earthquake hit the valley, damaging hundreds of homes.",
    ],
    [
      "the same act in sentences dated to different days",
      "The navy of Velmar captured pirates near Marlow and freed the crew of a cargo ship on 3 March 2021.",
      "The navy of Velmar captured pirates near Marlow and towed their boats to port on 9 March 2021.",
    ],
  ])("does not align %s", (_case, a, b) => {
    expect(
      agreed(
        claims([
          ["Harbor Daily", a],
          ["Continental Wire", b],
        ]),
      ),
    ).toEqual([]);
  });

  it("does not align a denial with a statement", () => {
    const out = claims([
      ["Harbor Daily", "The Velmar Ferry Company confirmed the sale of its ferries to Dorn Lines."],
      [
        "Continental Wire",
        "The Velmar Ferry Company did not confirm the sale of its ferries to Dorn Lines.",
      ],
    ]);
    expect(agreed(out)).toEqual([]);
  });

  it("does not single out a sentence whose happening another source mentions", () => {
    const out = claims([harbor, wire], {
      events: [
        {
          id: "s-event-1",
          story: "s",
          lemma: "comment",
          sources: ["s0", "s1"],
          mentions: [
            { source: "s0", sentence: 1, start: 0, end: 1, lemma: "comment" },
            { source: "s1", sentence: 0, start: 0, end: 1, lemma: "comment" },
          ],
        },
      ],
    });
    expect(single(out)).toEqual([]);
  });

  it("skips sentences an aligned claim already shows", () => {
    expect(single(claims([harbor, wire], { used: ["s0#1"] }))).toEqual([]);
  });

  it("skips sentences that are mostly a quotation", () => {
    const out = claims([
      ["Harbor Daily", '"We are rebuilding all of Marlow, every single street of it," she said.'],
    ]);
    expect(out).toEqual([]);
  });
});

describe("trim", () => {
  it("does not show two remarks of one speaker as one statement for who they say spoke", () => {
    const who = "said Tomas Edvik, who will become head of the new Harbor Systems unit.";
    const two = claims([
      [
        "Harbor Daily",
        `"Our ferries were built to cut fuel use by half on every crossing," ${who}`,
      ],
      ["Continental Wire", `"Winter storms have changed how the islands plan their trade," ${who}`],
    ]);
    expect(agreed(two)).toEqual([]);
    // One remark, quoted by both, still makes the statement.
    const one = claims([
      [
        "Harbor Daily",
        `"Our ferries were built to cut fuel use by half on every crossing," ${who}`,
      ],
      ["Continental Wire", `"Our ferries were built to cut fuel use by half," ${who}`],
    ]);
    expect(agreed(one)).toHaveLength(1);
  });

  it("shortens at a word and marks the cut", () => {
    expect(trim("short", 200)).toBe("short");
    const long = trim(`${"word ".repeat(60)}end`, 50);
    expect(long.endsWith("word…")).toBe(true);
    expect(Array.from(long).length).toBeLessThanOrEqual(51);
  });
});
