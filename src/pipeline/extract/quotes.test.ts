import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type { Article, NameMention, QuoteMention } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { extractQuotes } from "./quotes.ts";

const article = (text: string): Article => articleFrom(text, { id: "t", file: "t.txt" });

/** Every occurrence of each name, longest names first, as hand-made mentions. */
function mentions(a: Article, people: string[], orgs: string[] = []): NameMention[] {
  const out: NameMention[] = [];
  const all = [...people, ...orgs].sort((x, y) => y.length - x.length);
  for (const name of all) {
    for (let i = a.text.indexOf(name); i >= 0; i = a.text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (out.some((m) => m.start < end && i < m.end)) continue;
      const sentence = a.sentences.findIndex((s) => s.start <= i && i < s.end);
      const type = orgs.includes(name) ? "organization" : "person";
      out.push({ type, name, start: i, end, text: name, sentence });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

interface Seen {
  text: string;
  quote: string;
  speaker: string | null;
  attribution: QuoteMention["attribution"];
  partial: boolean;
}

function run(text: string, people: string[] = [], orgs: string[] = []): Seen[] {
  const a = article(text);
  return extractQuotes(a, mentions(a, people, orgs)).map((q) => see(a, q));
}

function see(a: Article, q: QuoteMention): Seen {
  const m = q.speakerMention;
  return {
    text: q.text,
    quote: q.quote,
    speaker: m ? a.text.slice(m.start, m.end) : null,
    attribution: q.attribution,
    partial: q.partial,
  };
}

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
function seed(prefix: string): Article {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  const a = ingest([{ path: name, bytes: readFileSync(`${seedsDir}${name}`) }]).articles[0];
  if (!a) throw new Error(`seed ${name} not ingested`);
  return a;
}
const SEED_PEOPLE = [
  "Lloyd J. Austin III",
  "Lloyd Austin",
  "Austin",
  "Vladimir V. Putin",
  "Vladimir Putin",
  "Putin",
  "Volodymyr Zelensky",
  "Farah Dakhlallah",
  "Victor Cha",
  "Kim Jong-un",
  "Kim",
  "Bush",
];
const SEED_ORGS = [
  "NATO",
  "Kremlin",
  "National Security Council",
  "Center for Strategic and International Studies",
];

describe("extractQuotes on the sample seeds", () => {
  it("finds the three quotations of the first report, all from the defense secretary", () => {
    const a = seed("000_");
    const quotes = extractQuotes(a, mentions(a, SEED_PEOPLE, SEED_ORGS)).map((q) => see(a, q));
    expect(quotes).toEqual([
      {
        text: "“very, very serious”",
        quote: "very, very serious",
        speaker: "Austin",
        attribution: "before",
        partial: true,
      },
      {
        text: "“What exactly are they doing? Left to be seen,”",
        quote: "What exactly are they doing? Left to be seen",
        speaker: "Austin",
        attribution: "before",
        partial: false,
      },
      {
        text: "“This is an indication that he may be in even more trouble than most people realize,”",
        quote: "This is an indication that he may be in even more trouble than most people realize",
        speaker: "Austin",
        attribution: "before",
        partial: false,
      },
    ]);
  });

  it("finds the five quotations of the second report with their speakers", () => {
    const a = seed("001_");
    const quotes = extractQuotes(a, mentions(a, SEED_PEOPLE, SEED_ORGS)).map((q) => see(a, q));
    expect(quotes.map((q) => [q.quote.slice(0, 24), q.speaker, q.attribution, q.partial])).toEqual([
      ["very serious", "Austin", "before", true],
      ["it remains to be seen", "Austin", "before", true],
      ["Allies have confirmed ev", "Farah Dakhlallah", "before", false],
      ["If North Korean troops d", "Victor Cha", "before", false],
      // "He noted" after a sentence naming two men and one more man before it: nobody is sure.
      ["As the sentiment against", null, null, false],
    ]);
  });

  it("keeps a two-sentence quotation whole, marks included", () => {
    const a = seed("001_");
    const q = extractQuotes(a, mentions(a, SEED_PEOPLE, SEED_ORGS))[2];
    expect(q?.text.startsWith("“Allies have confirmed")).toBe(true);
    expect(q?.text.endsWith("on the front lines.”")).toBe(true);
    expect(q?.quote).toContain("Korea deploying troops to Russia. If these units");
    expect(a.text.slice(q?.start, q?.end)).toBe(q?.text);
  });

  it("never takes a name inside the quotation as its speaker", () => {
    // The Cha quotation names Putin and Kim; the Zelensky one is preceded by a sentence about Putin.
    const a = seed("001_");
    const quotes = extractQuotes(a, mentions(a, SEED_PEOPLE, SEED_ORGS));
    for (const q of quotes) {
      const m = q.speakerMention;
      if (m) expect(m.end <= q.start || m.start >= q.end).toBe(true);
    }
  });
});

describe("extractQuotes: where the speaker is", () => {
  it("takes the speaker named right after the quotation", () => {
    expect(run("“We will not retreat,” Jane Example said.", ["Jane Example"])).toEqual([
      {
        text: "“We will not retreat,”",
        quote: "We will not retreat",
        speaker: "Jane Example",
        attribution: "after",
        partial: false,
      },
    ]);
  });

  it("reads the inverted `said X` and titles before the name", () => {
    const quotes = run(
      "“We will not retreat,” said Defense Minister Jane Example. “Why now?” asked Tom Other.",
      ["Jane Example", "Tom Other"],
    );
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ["Jane Example", "after"],
      ["Tom Other", "after"],
    ]);
  });

  it("skips an appositive between the name and the verb", () => {
    const text =
      "“The talks failed,” Jane Example, a former envoy to the Union and now a professor, said on Monday.";
    expect(run(text, ["Jane Example"])[0]?.speaker).toBe("Jane Example");
  });

  it("reads `according to X`", () => {
    const q = run("“The road is closed,” according to Tom Other, the mayor.", ["Tom Other"])[0];
    expect([q?.speaker, q?.attribution]).toEqual(["Tom Other", "after"]);
  });

  it("attributes both halves of a quotation split by its attribution", () => {
    const quotes = run("“We tried,” Jane Example said. “It did not work.”", ["Jane Example"]);
    expect(quotes.map((q) => [q.quote, q.speaker, q.attribution])).toEqual([
      ["We tried", "Jane Example", "after"],
      ["It did not work.", "Jane Example", "after"],
    ]);
  });

  it("attributes both halves when the attribution sits mid-sentence", () => {
    const text =
      "Jane Example met the press on Monday. “We tried,” she said, “but it did not work.”";
    expect(run(text, ["Jane Example"]).map((q) => [q.speaker, q.attribution])).toEqual([
      ["Jane Example", "pronoun"],
      ["Jane Example", "pronoun"],
    ]);
  });

  it("takes the name before a verb of saying and a comma", () => {
    const q = run("In the capital, Jane Example told reporters, “We will not retreat.”", [
      "Jane Example",
    ])[0];
    expect([q?.speaker, q?.attribution, q?.partial]).toEqual(["Jane Example", "before", false]);
  });

  it("takes the name before a colon, with or without a verb", () => {
    const quotes = run("Jane Example: “We will not retreat.”\nTom Other said: “Nor will we.”", [
      "Jane Example",
      "Tom Other",
    ]);
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ["Jane Example", "colon"],
      ["Tom Other", "colon"],
    ]);
  });

  it("takes `X said:` at the end of one paragraph for the quotation opening the next", () => {
    const text = "Jane Example said:\n“We will not retreat. We will hold the line.”";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      speaker: "Jane Example",
      attribution: "colon",
    });
  });

  it("resolves a pronoun to the one person of its gender, not the last name", () => {
    const text = "Jane Example met Tom Other on Monday. “We will not retreat,” she said.";
    expect(run(text, ["Jane Example", "Tom Other"])[0]).toMatchObject({
      speaker: "Jane Example",
      attribution: "pronoun",
    });
  });

  it("resolves a pronoun across several sentences", () => {
    const text =
      "Tom Other spoke first. The hall was full. Nobody left early. He added, “We are not done.”";
    expect(run(text, ["Tom Other"])[0]?.speaker).toBe("Tom Other");
  });

  it("leaves a pronoun unresolved when no name is near enough", () => {
    const text =
      "Tom Other spoke first. The hall was full. Nobody left. It rained. Then came lunch. He added, “Go.”";
    expect(run(text, ["Tom Other"])[0]).toMatchObject({ speaker: null, attribution: null });
  });

  it("uses the subject of the sentence when a verb of saying has no direct link", () => {
    const text = "Jane Example issued a statement saying “the troops are ready to move.”";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      speaker: "Jane Example",
      attribution: "before",
    });
  });

  it("reads `When asked …, X replied that “…”` as X", () => {
    const text =
      "When asked about the plan, Jane Example replied that “it is too early,” and left.";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      speaker: "Jane Example",
      attribution: "before",
      partial: true,
    });
  });

  it("gives coordinated quotations the same speaker", () => {
    const quotes = run("Jane Example called the plan “reckless” and “dangerous.”", [
      "Jane Example",
    ]);
    expect(quotes.map((q) => [q.quote, q.speaker, q.partial])).toEqual([
      ["reckless", "Jane Example", true],
      ["dangerous.", "Jane Example", true],
    ]);
  });

  it("continues the speaker past a short description of them", () => {
    const text = "“It is hard,” said Jane Example, whose son serves abroad. “Every day I worry.”";
    expect(run(text, ["Jane Example"]).map((q) => q.speaker)).toEqual([
      "Jane Example",
      "Jane Example",
    ]);
  });

  it("does not continue the speaker past another name", () => {
    const text = "“It is hard,” said Jane Example. Tom Other nodded. “Every day I worry.”";
    expect(run(text, ["Jane Example", "Tom Other"]).map((q) => q.speaker)).toEqual([
      "Jane Example",
      null,
    ]);
  });

  it("gives the floor to the sentence's subject before a colon", () => {
    const text = "Jane Example, however, was unconvinced: “The numbers do not lie.”";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      speaker: "Jane Example",
      attribution: "colon",
    });
  });

  it("does not read the next sentence as the attribution of a quotation that ended its own", () => {
    const text =
      "Shop owners called the losses “devastating.” Tom Other, who owns a store, said he lost everything.";
    expect(run(text, ["Tom Other"])[0]).toMatchObject({ speaker: null, partial: true });
    const bare = run("“We are done.” Tom Other said.", ["Tom Other"])[0];
    expect(bare?.speaker).toBe("Tom Other");
  });

  it("does not take `and said` after a quotation for an unnamed speaker", () => {
    const text =
      "Union leader Tom Other called the cuts “a betrayal” and said workers would strike.";
    expect(run(text, ["Tom Other"])[0]).toMatchObject({ speaker: "Tom Other", partial: true });
  });

  it("names an organization that speaks, and `it said` after it", () => {
    const text =
      "“The border is closed,” the Ministry of Roads said. The Ministry of Roads issued new rules. “Drivers must wait,” it said.";
    const quotes = run(text, [], ["Ministry of Roads"]);
    expect(quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ["Ministry of Roads", "after"],
      ["Ministry of Roads", "pronoun"],
    ]);
  });
});

describe("extractQuotes: when nobody can be named", () => {
  it("leaves `officials said` unattributed even with a name earlier in the sentence", () => {
    const text = "Jane Example visited the base, where “morale is high,” officials said.";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({ speaker: null, attribution: null });
  });

  it("does not take a possessive name for the speaker", () => {
    const text = "“We will appeal,” Jane Example’s lawyer said.";
    expect(run(text, ["Jane Example"])[0]?.speaker).toBeNull();
  });

  it("does not take a name inside the quotation", () => {
    expect(run("“Tom Other is wrong,” she said.", ["Tom Other"])[0]?.speaker).toBeNull();
    const q = run("Jane Example said, “Tom Other told me so.”", ["Jane Example", "Tom Other"])[0];
    expect(q?.speaker).toBe("Jane Example");
  });

  it("leaves scare quotes without a speaker and marks them partial", () => {
    const text = "The so-called “peace plan” was published on Monday by the council.";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      quote: "peace plan",
      speaker: null,
      partial: true,
    });
  });

  it("does not take a name after a preposition as the speaker", () => {
    const text = "“The vote is final,” the letter to Jane Example said.";
    expect(run(text, ["Jane Example"])[0]?.speaker).toBeNull();
  });
});

describe("extractQuotes: partial or full", () => {
  it("treats a short quotation standing as its own sentence as full", () => {
    expect(run("“Never,” she said.")[0]?.partial).toBe(false);
    expect(run("Then silence. “We are leaving.”")[0]?.partial).toBe(false);
  });

  it("treats a short quotation handed over by a verb and comma as full", () => {
    expect(run("Jane Example said, “Not yet.”", ["Jane Example"])[0]?.partial).toBe(false);
  });

  it("treats words woven into the writer's sentence as partial, however long", () => {
    const text =
      "Jane Example described the plan as “a reckless gamble that endangers every soldier.”";
    expect(run(text, ["Jane Example"])[0]).toMatchObject({
      partial: true,
      speaker: "Jane Example",
    });
  });

  it("treats the second half of a split quotation as full, even in lowercase", () => {
    const quotes = run("“This is,” Jane Example said, pausing, “a disaster.”", ["Jane Example"]);
    expect(quotes.map((q) => [q.speaker, q.partial])).toEqual([
      ["Jane Example", false],
      ["Jane Example", false],
    ]);
    const woven = run("“This is bad,” Jane Example said, adding that “a fix is near.”", [
      "Jane Example",
    ]);
    expect(woven.map((q) => q.partial)).toEqual([false, true]);
  });

  it("treats a long quotation that opens with a capital after `that` as full", () => {
    const text = "Jane Example said that “The army will stay in the region for another year.”";
    expect(run(text, ["Jane Example"])[0]?.partial).toBe(false);
  });
});

describe("extractQuotes: marks", () => {
  it("reads straight double quotes", () => {
    const quotes = run('"We will not retreat," Jane Example said. "Not now."', ["Jane Example"]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['"We will not retreat,"', "Jane Example"],
      ['"Not now."', "Jane Example"],
    ]);
  });

  it("cuts an unclosed quotation at its paragraph's end and reads the next paragraph", () => {
    const text = "Jane Example said, “We will stay here.\nTom Other said, “We will leave.”";
    const quotes = run(text, ["Jane Example", "Tom Other"]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["“We will stay here.", "Jane Example"],
      ["“We will leave.”", "Tom Other"],
    ]);
  });

  it("carries a quotation left open across paragraphs to the same speaker", () => {
    const text = "Jane Example said: “We will stay here.\n“We will hold the line.”";
    expect(run(text, ["Jane Example"]).map((q) => [q.quote, q.speaker])).toEqual([
      ["We will stay here.", "Jane Example"],
      ["We will hold the line.", "Jane Example"],
    ]);
  });

  it("reads single quotation marks but not apostrophes", () => {
    const text =
      "‘We won’t go,’ Jane Example said. The soldiers’ families waited through the ’90s. Rock ’n’ roll played.";
    expect(run(text, ["Jane Example"])).toEqual([
      {
        text: "‘We won’t go,’",
        quote: "We won’t go",
        speaker: "Jane Example",
        attribution: "after",
        partial: false,
      },
    ]);
  });

  it("keeps a quotation nested inside another as part of it", () => {
    const text = "“He told me ‘never,’ and left,” Jane Example said.";
    const quotes = run(text, ["Jane Example"]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.quote).toBe("He told me ‘never,’ and left");
  });

  it("ignores marks with nothing between them and inch marks", () => {
    expect(run("He stood 6'2\" tall and said “ ” to nobody.")).toEqual([]);
  });

  it("gives offsets into the text and the sentence index of the opening mark", () => {
    const text = "First sentence here. Jane Example said, “Go now.” Last one.";
    const a = article(text);
    const [q] = extractQuotes(a, mentions(a, ["Jane Example"]));
    expect(q && text.slice(q.start, q.end)).toBe("“Go now.”");
    expect(q?.sentence).toBe(1);
    expect(q?.speaker).toBeNull();
    expect(q?.type).toBe("quote");
    expect(q?.speakerMention).toEqual({ start: 21, end: 33 });
  });

  it("reads a long paragraph with an unclosed mark as one quote", () => {
    const text = `Jane Example said “${"word ".repeat(200_000)}`;
    const quotes = run(text, ["Jane Example"]);
    expect(quotes).toHaveLength(1);
  });
});
