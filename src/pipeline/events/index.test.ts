import { describe, expect, it } from "vitest";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { MAX_MENTIONS, storyEvents } from "./index.ts";

const seed = (path: string, published: string, body: string) => ({
  path,
  bytes: new TextEncoder().encode(
    `---\ntitle: A report\npublished: ${published}\n---\n\n${body}\n`,
  ),
});

function events(...files: ReturnType<typeof seed>[]) {
  const { articles } = ingest(files);
  const resolved = resolvedFacts(articles);
  const facts = datedFacts(articles, resolved.facts);
  const story = { slug: "harbour", title: "Harbour", sources: articles.map((a) => a.id) };
  return storyEvents(story, articles, facts).map((e) => ({
    lemma: e.lemma,
    sources: e.sources,
    sentences: e.mentions.map((m) => `${m.source}#${m.sentence}`),
  }));
}

describe("storyEvents", () => {
  it("links the mentions of one happening across sources, in other words too", () => {
    const found = events(
      seed(
        "a.md",
        "2031-03-04",
        "Coast guards arrested Marta Quill on Monday. The arrest followed a long chase.",
      ),
      seed("b.md", "2031-03-04", "Marta Quill was apprehended by the coast guard on Monday."),
    );
    const arrest = found.find((e) => e.sentences.includes("b#0"));
    expect(arrest?.sources).toEqual(["a", "b"]);
    expect(arrest?.sentences).toEqual(expect.arrayContaining(["a#0", "b#0"]));
  });

  it("takes a happening both leads tell, in other words, for the story's news; not so deeper down", () => {
    const arrested = "Rangers arrested two poachers near the northern lake on Monday.";
    const apprehended =
      "Two poachers were apprehended by wardens near the northern lake on Monday.";
    const filler =
      "The park opened in the spring. Visitors came from the coast. Guides led the tours.";
    const linked = (a: string, b: string, at: string) =>
      events(seed("a.md", "2031-03-04", a), seed("b.md", "2031-03-04", b)).some(
        (e) => e.sentences.includes(`a#${at}`) && e.sentences.includes(`b#${at}`),
      );
    expect(linked(`${arrested} ${filler}`, `${apprehended} ${filler}`, "0")).toBe(true);
    // The same two sentences after other news: two words that may mean one thing, and nothing
    // else in common.
    expect(linked(`${filler} ${arrested}`, `${filler} ${apprehended}`, "3")).toBe(false);
  });

  it("takes a finding for a happening: a body found, a missing person found", () => {
    const found = events(
      seed(
        "a.md",
        "2031-03-04",
        "Hikers found the missing climber alive near the ridge on Sunday.",
      ),
      seed("b.md", "2031-03-04", "The missing climber was found alive near the ridge on Sunday."),
    );
    expect(found.some((e) => e.lemma === "find" && e.sources.length === 2)).toBe(true);
  });

  it("keeps a plan apart from what happened", () => {
    const found = events(
      seed("a.md", "2031-03-04", "The council approved the harbour plan on Monday."),
      seed("b.md", "2031-03-04", "The council will approve the harbour plan next month."),
    );
    expect(found.filter((e) => e.sources.length > 1)).toEqual([]);
  });
});

describe("storyEvents and the dates, counts and anchors around a happening", () => {
  const linked = (found: ReturnType<typeof events>, a: string, b: string) =>
    found.some((e) => e.sentences.includes(a) && e.sentences.includes(b));

  it("dates a happening by its own date, not a decade that dates another clause", () => {
    const found = events(
      seed(
        "a.md",
        "2031-03-07",
        "Ada Brill, the singer whose records filled dance halls in the 1970s, has died, her agent said.",
      ),
      seed("b.md", "2031-03-07", "Ada Brill died on Thursday at a hospital in Lisbon."),
    );
    expect(linked(found, "a#0", "b#0")).toBe(true);
  });

  it("does not keep reports apart by a weekday read against a guessed publication date", () => {
    const undated = {
      path: "a.txt",
      bytes: new TextEncoder().encode(
        "Singer dies\n\nAda Brill died on Friday, her agent said.\n\nShe last sang in public on May 4, 2019.\n",
      ),
    };
    const found = events(undated, seed("b.md", "2031-03-07", "Ada Brill died on Friday."));
    expect(linked(found, "a#0", "b#0")).toBe(true);
    // With both publication dates given, two different Fridays are two different days.
    const dated = events(
      seed("a.md", "2031-02-28", "Ada Brill died on Friday."),
      seed("b.md", "2031-03-14", "Ada Brill died on Friday."),
    );
    expect(linked(dated, "a#0", "b#0")).toBe(false);
  });

  it("keeps apart one verb that sends people in one source and goods in the other", () => {
    const nurses = seed("a.md", "2031-03-07", "Since the flood, 40 nurses have been sent.");
    const sentAlso = (what: string) =>
      linked(
        events(nurses, seed("b.md", "2031-03-07", `The ministry has sent ${what}.`)),
        "a#0",
        "b#0",
      );
    expect(sentAlso("300 tents")).toBe(false);
    expect(sentAlso("60 doctors")).toBe(true);
  });
});

describe("storyEvents on a file that repeats itself", () => {
  it("groups a bounded number of mentions, in bounded time, and says so", () => {
    const body = "The guards arrested a man on Monday.\n\n".repeat(4_000);
    const { articles } = ingest([seed("a.md", "2031-03-04", body)]);
    const resolved = resolvedFacts(articles);
    const facts = datedFacts(articles, resolved.facts);
    const story = { slug: "loop", title: "Loop", sources: articles.map((a) => a.id) };
    const said: string[] = [];
    const t0 = performance.now();
    const found = storyEvents(story, articles, facts, (m) => said.push(m));
    expect(performance.now() - t0).toBeLessThan(60_000);
    const grouped = found.reduce((n, e) => n + e.mentions.length, 0);
    expect(grouped).toBeGreaterThan(0);
    expect(grouped).toBeLessThanOrEqual(MAX_MENTIONS);
    expect(said).toEqual([expect.stringMatching(/only the first 3000 were grouped/)]);
  }, 120_000);
});
