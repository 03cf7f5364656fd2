import { describe, expect, it } from "vitest";
import { personVariants } from "./name-variants.ts";
import { isParticle, MAX_TERMS } from "./terms.ts";

/** Every term a reader could not use: empty, one letter, only particles or initials. */
function unusable(terms: readonly string[]): string[] {
  return terms.filter((t) => {
    const words = t.split(/[\s-]+/).filter((w) => !isParticle(w) && /\p{L}{2}/u.test(w));
    return t.trim() === "" || (t.match(/\p{L}/gu) ?? []).length < 2 || words.length === 0;
  });
}

const lower = (terms: readonly string[]) => terms.map((t) => t.toLowerCase());

describe("personVariants", () => {
  it("starts with the name, then the aliases as given", () => {
    const v = personVariants("Jane Q. Example Jr.", ["J. Example", "Jane Example"]);
    expect(v.slice(0, 3)).toEqual(["Jane Q. Example Jr.", "J. Example", "Jane Example"]);
  });

  it("drops the middle initial and the suffix, alone and together", () => {
    const v = personVariants("Jane Q. Example Jr.", []);
    expect(v).toEqual(
      expect.arrayContaining([
        "Jane Q. Example Jr.",
        "Jane Q. Example",
        "Jane Example Jr.",
        "Jane Example",
        "Example",
      ]),
    );
    expect(v).not.toContain("Jr.");
    expect(v).not.toContain("Q.");
  });

  it("handles Roman-numeral suffixes", () => {
    expect(personVariants("John R. Example III", [])).toEqual(
      expect.arrayContaining(["John R. Example", "John Example", "Example"]),
    );
  });

  it("keeps particles with the surname, and gives the bare surname too", () => {
    const v = personVariants("Ursula von der Leyen", []);
    expect(v).toEqual(["Ursula von der Leyen", "von der Leyen", "Leyen"]);
  });

  it("drops accents, including letters without a decomposition", () => {
    expect(personVariants("José María Aznar", [])).toEqual(
      expect.arrayContaining(["José María Aznar", "Jose Maria Aznar", "Aznar"]),
    );
    expect(personVariants("Łukasz Example", [])).toContain("Lukasz Example");
    expect(personVariants("Jane Müller", [])).toEqual(
      expect.arrayContaining(["Müller", "Muller", "Mueller", "Jane Muller", "Jane Mueller"]),
    );
  });

  it("reads a family-name-first name from its aliases", () => {
    const v = personVariants("Park Min-jun", ["Park"]);
    expect(v).toEqual(
      expect.arrayContaining([
        "Park Min-jun",
        "Park",
        "Park Min jun",
        "Park Minjun",
        "Min-jun Park",
        "Minjun Park",
      ]),
    );
    // The given name too, typed any way, but never one syllable of it.
    expect(v).toEqual(expect.arrayContaining(["Min-jun", "Min jun", "Minjun"]));
    expect(lower(v)).not.toContain("jun");
    expect(lower(v)).not.toContain("min");
  });

  it("spaces a hyphenated surname and varies its Slavic ending", () => {
    const v = personVariants("Volodymyr Example-Kovalskyy", []);
    expect(v).toEqual(
      expect.arrayContaining([
        "Volodymyr Example-Kovalskyy",
        "Example-Kovalskyy",
        "Volodymyr Example Kovalskyy",
        "Example-Kovalsky",
        "Example-Kovalskiy",
        "Example-Kovalski",
      ]),
    );
  });

  it("gives the usual transliterations of Slavic names, both ways", () => {
    expect(personVariants("Fyodor Dostoevsky", [])).toEqual(
      expect.arrayContaining(["Dostoevsky", "Dostoyevsky", "Fyodor Dostoyevsky"]),
    );
    expect(personVariants("Fyodor Dostoyevsky", [])).toContain("Dostoevsky");
    expect(personVariants("Pyotr Tchaikovsky", [])).toContain("Chaikovsky");
    expect(personVariants("Pyotr Chaikovsky", [])).toContain("Tchaikovsky");
    expect(personVariants("Boris Yeltsin", [])).toEqual(
      expect.arrayContaining(["Eltsin", "Boris Eltsin"]),
    );
    expect(personVariants("Yevgeny Examplov", [])).toContain("Evgeny Examplov");
  });

  it("gives the usual transliterations of Arabic names", () => {
    const v = personVariants("Mohammed bin Example", []);
    expect(v).toEqual(
      expect.arrayContaining([
        "bin Example",
        "Example",
        "Muhammad bin Example",
        "Mohamed bin Example",
      ]),
    );
    expect(personVariants("Khalid al-Example", [])).toEqual(
      expect.arrayContaining(["al-Example", "Example", "al Example", "el-Example"]),
    );
  });

  it("leaves an English name's spelling alone", () => {
    expect(personVariants("Emily Example", [])).toEqual(["Emily Example", "Example"]);
  });

  it("includes every alias and the alias's own variants", () => {
    const v = personVariants("Jane Example", ["Janina Q. Exámple-Smith"]);
    expect(v).toEqual(
      expect.arrayContaining([
        "Janina Q. Exámple-Smith",
        "Janina Exámple-Smith",
        "Exámple-Smith",
        "Janina Example-Smith",
        "Example-Smith",
        "Example Smith",
      ]),
    );
  });

  it("never gives an empty, one-letter, particle-only or duplicate term", () => {
    for (const [name, aliases] of [
      ["Jane Q. Example Jr.", ["Q.", "Jr.", "", " "]],
      ["Ursula von der Leyen", ["von der", "Leyen"]],
      ["Khalid al-Example", ["al-", "bin"]],
      ["J. R. Example", []],
      ["X", ["Y"]],
    ] as const) {
      const v = personVariants(name, aliases);
      expect(unusable(v), name).toEqual([]);
      expect(new Set(lower(v)).size, name).toBe(v.length);
    }
    expect(personVariants("", [])).toEqual([]);
  });

  it("caps the list and keeps the name and aliases when it does", () => {
    const aliases = ["Volodymyr Example-Dostoevsky", "Dostoevsky", "Mykola Tchaikovsky-Kovalskyy"];
    const v = personVariants("Yevgeniy Example-Kovalskyy", aliases);
    expect(v).toHaveLength(MAX_TERMS);
    expect(v.slice(0, 4)).toEqual(["Yevgeniy Example-Kovalskyy", ...aliases]);
  });

  it("gives the same list, in the same order, every time", () => {
    const a = personVariants("Fyodor M. Dostoevsky", ["Dostoevsky"]);
    const b = personVariants("Fyodor M. Dostoevsky", ["Dostoevsky"]);
    expect(a).toEqual(b);
    expect(a[0]).toBe("Fyodor M. Dostoevsky");
  });
});
