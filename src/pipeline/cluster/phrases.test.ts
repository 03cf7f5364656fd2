import { describe, expect, it } from "vitest";
import { phrases } from "./phrases.ts";

const texts = (headline: string) => phrases(headline).map((p) => p.text);

describe("phrases", () => {
  it("cuts an attribution and a purpose clause off a headline", () => {
    expect(
      texts(
        "U.S. Reports Presence of North Korean Troops in Russia to Support Offensive in Ukraine",
      ),
    ).toContain("Presence of North Korean Troops in Russia");
  });

  it("ends before a trailing attribution after a comma", () => {
    expect(texts("North Korean troops are now in Kursk to help Russia, NATO confirms")).toContain(
      "North Korean troops are now in Kursk",
    );
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

  it("marks which phrases start where the headline starts", () => {
    const found = phrases("Officials say the bridge collapsed after a ship hit it");
    expect(found.find((p) => p.text === "the bridge collapsed")?.whole).toBe(false);
    expect(found.find((p) => p.text.startsWith("Officials"))?.whole).toBe(true);
  });
});
