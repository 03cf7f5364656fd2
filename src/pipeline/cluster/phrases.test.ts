import { describe, expect, it } from "vitest";
import { phrases } from "./phrases.ts";

const texts = (headline: string) => phrases(headline).map((p) => p.text);

describe("phrases", () => {
  it("keeps the attribution and cuts a purpose clause off a headline", () => {
    const all = texts(
      "U.S. Reports Presence of North Korean Troops in Russia to Support Offensive in Ukraine",
    );
    expect(all).toContain("U.S. Reports Presence of North Korean Troops in Russia");
    expect(all).not.toContain("Presence of North Korean Troops in Russia");
  });

  it("moves a trailing attribution before a shorter claim", () => {
    const all = texts("North Korean troops are now in Kursk to help Russia, NATO confirms");
    expect(all).toContain("NATO: North Korean troops are now in Kursk");
    expect(all).not.toContain("North Korean troops are now in Kursk");
  });

  it("never cuts a disputed claim loose from the dispute", () => {
    const all = texts("Agency Statement Disputes Report That Governor Ordered Aide to Lie");
    expect(all.some((p) => p.startsWith("Governor"))).toBe(false);
    expect(all).toContain("Agency Statement Disputes Report");
  });

  it("keeps a source named before a colon", () => {
    expect(texts("Police: Man Shot Dead Near Station")).toEqual([
      "Police: Man Shot Dead Near Station",
    ]);
  });

  it("splits at colons and dashes and drops labels, datelines, parentheses and quotes", () => {
    expect(texts("BREAKING: Quake hits Taiwan (VIDEO)")).toEqual(["Quake hits Taiwan"]);
    expect(texts('SEOUL, Dec. 3 (UPI) -- Lawmakers vote to lift "martial law"')).toContain(
      "Lawmakers vote",
    );
    expect(texts("Storm batters coast: what we know")).toEqual([
      "Storm batters coast",
      "what we know",
    ]);
  });

  it("keeps an abbreviation's full stop and a list's commas", () => {
    expect(texts("Storm brings rain, wind and surge to U.S.")).toContain(
      "Storm brings rain, wind and surge",
    );
    expect(texts("Envoy leaves the U.S.")).toEqual(["Envoy leaves the U.S."]);
  });

  it("never starts a phrase on a verb that lost its subject", () => {
    const all = texts("Crowds gather as rebels seize control of the city, marking a turn");
    expect(all).toContain("Crowds gather");
    expect(all.some((p) => p.startsWith("seize") || p.startsWith("marking"))).toBe(false);
  });

  it("marks which phrases start where the headline starts, never inside what is said", () => {
    const found = phrases("Officials say the bridge collapsed after a ship hit it");
    expect(found.find((p) => p.text === "the bridge collapsed")).toBeUndefined();
    expect(found.find((p) => p.text === "Officials say the bridge collapsed")?.whole).toBe(true);
    const other = phrases("Crowds gather as the rebels seize the city");
    expect(other.find((p) => p.text === "the rebels seize the city")?.whole).toBe(false);
  });
});
