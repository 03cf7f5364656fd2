import { describe, expect, it } from "vitest";
import { datedFacts, resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { dateClaims } from "./dates.ts";
import { personEvents } from "./events.ts";
import { storySources } from "./source.ts";

/** Date claims for one body per outlet; the optional date is the article's publication date. */
function claims(...docs: [outlet: string, body: string, published?: string][]) {
  const files = docs.map(([outlet, body, published], i) => ({
    path: `s${i}.md`,
    bytes: new TextEncoder().encode(
      `---\ntitle: Report ${i}\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ""}---\n\n${body}\n`,
    ),
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
  return dateClaims(
    "s",
    sources.flatMap(personEvents),
    new Map(entities.map((e) => [e.id, e.name])),
  );
}

describe("dateClaims", () => {
  it("agrees when a weekday and a date resolve to the same day", () => {
    const [c, ...rest] = claims(
      [
        "Harbor Daily",
        "On Wednesday, Secretary of Defense Jane Example confirmed that troops had arrived.",
      ],
      [
        "Continental Wire",
        "Defense Secretary Jane Example affirmed on October 23 in Rome that troops had been sent.",
      ],
    );
    expect(rest).toEqual([]);
    expect(c?.status).toBe("agree");
    expect(c?.topic).toBe("when Jane Example spoke");
    expect(c?.values.map((v) => [v.value, v.text, v.date?.start])).toEqual([
      ["23 October 2024", "Wednesday", "2024-10-23"],
      ["23 October 2024", "October 23", "2024-10-23"],
    ]);
    expect(c?.explanation).toBe("Both say 23 October 2024 (“Wednesday” and “October 23”).");
  });

  it("differs on different days", () => {
    const [c] = claims(
      ["Harbor Daily", "Jane Example spoke in Rome on October 22, 2024."],
      ["Continental Wire", "Jane Example spoke in Rome on October 23, 2024."],
    );
    expect([c?.status, c?.explanation]).toEqual([
      "differ",
      "Harbor Daily says 22 October 2024; Continental Wire says 23 October 2024.",
    ]);
  });

  it("does not take two days a week apart for when someone spoke as a difference", () => {
    const out = claims(
      ["Harbor Daily", "Jane Example spoke in Rome on October 16, 2024."],
      ["Continental Wire", "Jane Example spoke in Rome on October 23, 2024."],
    );
    expect(out.filter((c) => c.status === "differ")).toEqual([]);
  });

  it("is compatible when a day falls within the other source's month", () => {
    const [c] = claims(
      ["Harbor Daily", "Jane Example spoke in Rome in October 2024."],
      ["Continental Wire", "Jane Example spoke in Rome on October 23, 2024."],
    );
    expect([c?.status, c?.explanation]).toEqual([
      "compatible",
      "Harbor Daily says October 2024; Continental Wire says 23 October 2024. 23 October 2024 falls within October 2024, so both can be true.",
    ]);
  });

  it("leaves dates no other source gives for the person single-source", () => {
    const out = claims([
      "Harbor Daily",
      "Giorgi Kapanadze conceded late on Saturday.",
      "2024-12-15",
    ]);
    expect(out.map((c) => [c.status, c.topic, c.explanation])).toEqual([
      [
        "single-source",
        "when Giorgi Kapanadze conceded",
        "Only Harbor Daily says when Giorgi Kapanadze conceded: 14 December 2024.",
      ],
    ]);
  });
});
