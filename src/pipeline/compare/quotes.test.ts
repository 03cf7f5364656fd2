import { describe, expect, it } from "vitest";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { quoteClaims } from "./quotes.ts";
import { storySources } from "./source.ts";

/** The story's sources with quote speakers and dates resolved, and entity names. */
function read(...docs: [outlet: string, body: string][]) {
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
  return quoteClaims("s", sources, new Map(entities.map((e) => [e.id, e.name])));
}

describe("quoteClaims", () => {
  it("marks versions of one quote with different words as differing, with a diff", () => {
    const claims = read(
      [
        "Harbor Daily",
        "Defense Secretary Jane Example described this as a “very, very serious” escalation.",
      ],
      [
        "Continental Wire",
        "Jane Example characterized the deployment as a “very serious” escalation.",
      ],
    );
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c?.status).toBe("differ");
    expect(c?.topic).toBe("Jane Example's quote");
    expect(c?.values.map((v) => [v.value, v.text])).toEqual([
      ["very, very serious", "“very, very serious”"],
      ["very serious", "“very serious”"],
    ]);
    expect(c?.diff?.[0]?.tokens).toEqual([
      { text: "very,", op: "changed" },
      { text: "very", op: "same" },
      { text: "serious", op: "same" },
    ]);
    expect(c?.diff?.[1]?.tokens.every((t) => t.op === "same")).toBe(true);
    expect(c?.explanation).toBe(
      "Harbor Daily and Continental Wire quote Jane Example differently: Harbor Daily has “very, very serious”; Continental Wire has “very serious”.",
    );
  });

  it("agrees when the words are the same, whatever the punctuation", () => {
    const claims = read(
      ["Harbor Daily", '"We will rebuild every street," said Elena Marquez.'],
      ["Continental Wire", 'Elena Marquez said: "We will rebuild every street."'],
    );
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["agree", "Both quote Elena Marquez with the same words."],
    ]);
    expect(claims[0]?.diff).toBeUndefined();
  });

  it("agrees when one source quotes an excerpt of the other's quote, marking who quotes more", () => {
    const claims = read(
      ["Harbor Daily", 'Elena Marquez said: "We will rebuild every street."'],
      [
        "Continental Wire",
        'Elena Marquez said: "We will rebuild every street, and we will do it before winter."',
      ],
    );
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["agree", "Both quote Elena Marquez with the same words; Continental Wire quotes more."],
    ]);
    expect(claims[0]?.values.map((v) => v.note)).toEqual([undefined, "quotes more"]);
  });

  // Two speeches by one speaker are two quotes, not two versions of one.
  it.each([
    [
      "on different days",
      'On 3 March 2021, Elena Marquez told the council: "The harbor will be dredged this year and the fishing fleet will come home to a port worthy of it."',
      'On 9 October 2021, Elena Marquez told reporters: "The fishing fleet deserves better than promises from the capital."',
    ],
    [
      "that share only a stock phrase",
      'Elena Marquez said: "Our plan puts the working families first and cuts the waiting lists at every hospital."',
      'Elena Marquez said: "Nobody in this chamber should forget the working families when the budget comes to a vote."',
    ],
  ])("does not pair one speaker's two statements %s", (_case, a, b) => {
    const claims = read(["Harbor Daily", a], ["Continental Wire", b]);
    expect(claims.map((c) => c.status)).toEqual(["single-source", "single-source"]);
  });

  it("does not align the same words from different speakers", () => {
    const claims = read(
      ["Harbor Daily", '"We will rebuild every street," said Elena Marquez.'],
      ["Continental Wire", '"We will rebuild every street," said Carlos Ibanez.'],
    );
    expect(claims.map((c) => c.status)).toEqual(["single-source", "single-source"]);
  });

  it("lists a quote a source repeats once", () => {
    const claims = read([
      "Harbor Daily",
      '"We slept in the car," said Yuki Tanaka. Later, Yuki Tanaka said again: "We slept in the car."',
    ]);
    expect(claims.map((c) => c.values.map((v) => v.sentence))).toEqual([[0]]);
  });

  it("leaves quotes with no counterpart single-source", () => {
    const claims = read(
      ["Harbor Daily", '"We slept in the car," said Yuki Tanaka.'],
      ["Continental Wire", '"Nobody wanted to go back inside," said Yuki Tanaka.'],
    );
    expect(claims.map((c) => [c.status, c.explanation])).toEqual([
      ["single-source", "Only Harbor Daily quotes Yuki Tanaka saying this."],
      ["single-source", "Only Continental Wire quotes Yuki Tanaka saying this."],
    ]);
  });

  it("aligns a quote one source leaves unnamed with the same words another gives a speaker", () => {
    const claims = read(
      [
        "Harbor Daily",
        "“We will rebuild every house on this street before the winter comes,” said Mayor Tessa Varn.",
      ],
      [
        "Continental Wire",
        "Residents gathered at the hall. “We will rebuild every house on this street before the winter comes.”",
      ],
    );
    const agreed = claims.filter((c) => c.status === "agree");
    expect(agreed).toHaveLength(1);
    expect(agreed[0]?.topic).toBe("Tessa Varn's quote");
    expect(claims.some((c) => c.status === "single-source")).toBe(false);
  });

  it("does not take a short stock phrase without a speaker for someone's quote", () => {
    const claims = read(
      ["Harbor Daily", "“We will win,” said Mayor Tessa Varn."],
      ["Continental Wire", "Fans chanted “we will win” outside."],
    );
    expect(claims.filter((c) => c.values.length > 1)).toHaveLength(0);
  });

  it("does not make a claim of a few words set apart in quotation marks with no speaker", () => {
    const claims = read(
      ["Harbor Daily", "The ferry, known locally as “the Old Lady,” sank near the pier on Sunday."],
      [
        "Continental Wire",
        "Harbor pilot Ines Moraga called the crossing “a disaster waiting to happen” on Sunday.",
      ],
    );
    // The nickname is no one's words; the pilot's few words are hers, and stay a claim.
    expect(claims.map((c) => [c.status, c.values.map((v) => v.value)])).toEqual([
      ["single-source", ["a disaster waiting to happen"]],
    ]);
  });
});
