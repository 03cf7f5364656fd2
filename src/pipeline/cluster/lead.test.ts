import { describe, expect, it } from "vitest";
import { resolvedFacts } from "../../../tests/support/model.ts";
import { ingest } from "../ingest/index.ts";
import { leadCoverage, leadProfile, leadSentences, leadWords, openingSentences } from "./lead.ts";
import { articleTerms } from "./terms.ts";
import { rarity } from "./vectors.ts";

const articles = (...texts: string[]) =>
  ingest(texts.map((t, i) => ({ path: `${i}.txt`, bytes: new TextEncoder().encode(t) }))).articles;

describe("leadWords", () => {
  it("takes the headline and the first sentence, not the background after it", () => {
    const [a] = articles(
      "Ferry Capsizes Off Lombok\n\nA ferry sank near Sumbawa. Last year a storm hit Bali.",
    );
    if (!a) throw new Error("not ingested");
    const lead = leadWords(a);
    expect(lead.has("lombok")).toBe(true);
    expect(lead.has("sumbawa")).toBe(true);
    expect(lead.has("bali")).toBe(false);
  });

  it("stops after forty words when the text has no sentence breaks", () => {
    const words = Array.from(
      { length: 60 },
      (_, i) =>
        `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const [a] = articles(`Plain Headline Here\n\n${words.join(" ")}`);
    if (!a) throw new Error("not ingested");
    expect(leadWords(a).size).toBeLessThanOrEqual(43);
  });
});

describe("leadCoverage", () => {
  const profiles = (...texts: string[]) => {
    const list = articles(...texts);
    const words = list.map(articleTerms);
    const r = rarity(words);
    return list.map((a, i) =>
      leadProfile(leadWords(a), (words[i] ?? new Map()).keys(), r.id, r.idf),
    );
  };

  it("is high when each report carries the other's news", () => {
    const [a, b] = profiles(
      "Ferry Capsizes Off Lombok\n\nA ferry capsized off Lombok, and rescuers searched the sea.",
      "Rescuers Search Sea Off Lombok\n\nRescuers searched the sea after a ferry capsized off Lombok.",
    );
    if (!a || !b) throw new Error("profiles missing");
    expect(leadCoverage(a, b)).toBeGreaterThan(0.8);
  });

  it("is low when one report only mentions the other's event in passing", () => {
    const [a, b] = profiles(
      "Gunman Hides at Golf Club\n\nA gunman hid for hours at a golf club in Florida. The rally shooting was in July.",
      "Shots Fired at Rally\n\nShots were fired at a rally in Pennsylvania.",
    );
    if (!a || !b) throw new Error("profiles missing");
    expect(leadCoverage(a, b)).toBeLessThan(0.3);
    expect(leadCoverage(a, b)).toBe(leadCoverage(b, a));
  });
});

describe("leadSentences", () => {
  const leadOf = (text: string) => {
    const list = articles(text);
    const { facts } = resolvedFacts(list);
    const [a] = list;
    if (!a) throw new Error("not ingested");
    return [...leadSentences(a, facts[0])].map((i) => {
      const s = a.sentences[i];
      return s ? a.text.slice(s.start, s.end) : "";
    });
  };

  it("takes the first two sentences of the body", () => {
    expect(
      leadOf(
        "Ferry Capsizes\n\nA ferry capsized off Lombok. Rescuers searched the sea. Later, rain fell.",
      ),
    ).toEqual(["A ferry capsized off Lombok.", "Rescuers searched the sea."]);
  });

  it("passes over a line that only stamps the date", () => {
    expect(
      leadOf(
        "Ferry Capsizes\n\nUpdated: March 3, 2031 10:04 GMT\n\nA ferry capsized off Lombok. Rescuers searched the sea.",
      ),
    ).toEqual(["A ferry capsized off Lombok.", "Rescuers searched the sea."]);
  });
});

describe("openingSentences", () => {
  it("keeps the date stamp the lead passes over, and nothing after the lead", () => {
    const list = articles(
      "Ferry Capsizes\n\nUpdated: March 3, 2031 10:04 GMT\n\nA ferry capsized off Lombok. Rescuers searched the sea. Later, rain fell.",
    );
    const { facts } = resolvedFacts(list);
    const [a] = list;
    if (!a) throw new Error("not ingested");
    const opening = openingSentences(a, leadSentences(a, facts[0]));
    const texts = [...opening].map((i) => {
      const s = a.sentences[i];
      return s ? a.text.slice(s.start, s.end) : "";
    });
    expect(texts[0]).toMatch(/^Updated: March 3, 2031/);
    expect(texts).toContain("Rescuers searched the sea.");
    expect(texts).not.toContain("Later, rain fell.");
  });
});
