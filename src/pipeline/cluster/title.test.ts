import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index.ts";
import { articleTerms } from "./terms.ts";
import { storyTitle } from "./title.ts";
import { rarity } from "./vectors.ts";

/** A story of the given seeds, in a corpus with a few unrelated articles for word rarity. */
const title = (...seeds: string[]) => {
  const others = [
    "Museum Reopens\n\nThe city museum reopened its doors after repairs.",
    "Team Wins Final\n\nThe home team won the cup final in extra time.",
  ];
  const { articles } = ingest(
    [...seeds, ...others].map((t, i) => ({ path: `${i}.txt`, bytes: new TextEncoder().encode(t) })),
  );
  const sources = articles.map((article) => ({ article, words: articleTerms(article) }));
  const r = rarity(sources.map((s) => s.words));
  return storyTitle(sources.slice(0, seeds.length), r.idf);
};

describe("storyTitle", () => {
  it("builds the title from what most sources report, not one outlet's angle", () => {
    const t = title(
      "Ferry Capsizes Off Lombok\n\nA ferry capsized off Lombok. Divers searched the hull.",
      "Ferry Owner Blamed for Overloading\n\nThe ferry that capsized off Lombok was overloaded, survivors said.",
      "Search Goes On After Lombok Ferry Capsizes\n\nRescuers searched the sea after a ferry capsized off Lombok.",
    );
    expect(t).toMatch(/Lombok/);
    expect(t).toMatch(/Capsizes/);
    expect(t).not.toMatch(/Blamed|Overloading/);
  });

  it("keeps attributions and cuts purpose clauses", () => {
    expect(
      title(
        "U.S. Reports Presence of North Korean Troops in Russia to Support Offensive\n\nNorth Korean troops are in Russia, U.S. officials said.",
        "Allies Confirm North Korean Troops in Russia\n\nNorth Korean troops have arrived in Russia, allies said.",
      ),
    ).toMatch(/^(?:U\.S\. Reports Presence of|Allies Confirm) North Korean Troops in Russia$/);
  });

  it("prefers a headline without loaded words, and drops intensifiers", () => {
    const t = title(
      "Minister Slams Rivals Over Port Strike\n\nThe port strike entered its third day.",
      "Port Strike Enters Third Day\n\nThe port strike entered its third day, halting ships.",
    );
    expect(t).not.toMatch(/slams/i);
    expect(title("Massive Fire Hits Port Warehouse\n\nA fire hit a port warehouse.")).toBe(
      "Fire Hits Port Warehouse",
    );
  });

  it("keeps figures out when a phrase without them says as much", () => {
    expect(
      title(
        "Ferry Capsizes Off Lombok, 14 Missing\n\nA ferry capsized off Lombok and 14 people are missing.",
        "Ferry Capsizes Off Lombok, Dozen Missing\n\nA ferry capsized off Lombok; a dozen people are missing.",
      ),
    ).toBe("Ferry Capsizes Off Lombok");
  });

  it("writes a title from the first sentence when no source has a headline", () => {
    const t = title(
      "the port of Santos was closed on Monday after dock workers walked out over pay, and ships queued offshore for days.",
      "dock workers at the port of Santos walked out over pay, closing the country's busiest port.",
    );
    expect(t.length).toBeGreaterThan(10);
    expect(t.split(" ").length).toBeLessThanOrEqual(12);
    expect(t.charAt(0)).toBe(t.charAt(0).toUpperCase());
  });

  it("is the same whatever order the sources come in", () => {
    const a = "Quake Shakes Kyushu\n\nA strong quake shook Kyushu, injuring nine.";
    const b = "Kyushu Quake Injures Nine\n\nNine people were hurt when a quake hit Kyushu.";
    expect(title(a, b)).toBe(title(b, a));
  });
});
