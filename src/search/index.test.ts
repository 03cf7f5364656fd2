import { describe, expect, it } from "vitest";
import type { Entity } from "../core/model.ts";
import { MAX_TERMS, searchTerms } from "./index.ts";

describe("searchTerms", () => {
  it("gives a person's spellings", () => {
    const t = searchTerms({ type: "person", name: "Ursula von der Leyen", aliases: [] });
    expect(t).toEqual(["Ursula von der Leyen", "von der Leyen", "Leyen"]);
  });

  it("gives a country its official names and codes, from a model entity", () => {
    const germany: Entity = {
      id: "place-germany",
      type: "place",
      name: "Germany",
      aliases: [],
      roles: [],
      placeKind: "country",
      geo: { lat: 51, lon: 9, country: "DE" },
      mentions: [],
    };
    expect(searchTerms(germany)).toEqual(
      expect.arrayContaining(["Germany", "Federal Republic of Germany", "DEU"]),
    );
  });

  it("does not give a city its country's name", () => {
    const t = searchTerms({
      type: "place",
      name: "Lyon",
      aliases: [],
      placeKind: "city",
      geo: { country: "FR" },
    });
    expect(t).toEqual(["Lyon"]);
  });

  it("gives an organization its acronym", () => {
    const t = searchTerms({
      type: "organization",
      name: "National Intelligence Service",
      aliases: [],
    });
    expect(t).toEqual(["National Intelligence Service", "NIS"]);
  });

  it("does not take person rules for an organization", () => {
    const t = searchTerms({ type: "organization", name: "Example Kovalskyy Fund", aliases: [] });
    expect(t).not.toContain("Fund");
    expect(t).not.toContain("Example Kovalsky Fund");
  });

  it("is distinct case-insensitively, capped, and stable", () => {
    const entity = {
      type: "person" as const,
      name: "Yevgeniy Example-Kovalskyy",
      aliases: ["yevgeniy example-kovalskyy", "Dostoevsky", "Mykola Tchaikovsky-Kovalskyy"],
    };
    const t = searchTerms(entity);
    expect(t.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(new Set(t.map((x) => x.toLowerCase())).size).toBe(t.length);
    expect(t[0]).toBe("Yevgeniy Example-Kovalskyy");
    expect(searchTerms(entity)).toEqual(t);
  });
});
