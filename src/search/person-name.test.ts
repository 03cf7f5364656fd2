import { describe, expect, it } from "vitest";
import { isInitial, nameWords, parsePersonName } from "./person-name.ts";

describe("isInitial", () => {
  it("recognises initials with or without dots", () => {
    for (const w of ["Q.", "Q", "J.R.", "J.-P."]) expect(isInitial(w), w).toBe(true);
    for (const w of ["Jo", "Jane", "q."]) expect(isInitial(w), w).toBe(false);
  });
});

describe("nameWords", () => {
  it("splits on spaces and drops the comma before a suffix", () => {
    expect(nameWords("Jane Q.  Example, Jr.")).toEqual(["Jane", "Q.", "Example", "Jr."]);
  });
});

describe("parsePersonName", () => {
  it("finds given names, surname and suffix", () => {
    expect(parsePersonName("Jane Q. Example Jr.")).toEqual({
      given: ["Jane", "Q."],
      particles: [],
      surname: "Example",
      suffix: "Jr.",
      familyFirst: false,
    });
    expect(parsePersonName("John Example III").suffix).toBe("III");
    expect(parsePersonName("John Example V").suffix).toBe("V");
    expect(parsePersonName("John V. Example").suffix).toBeUndefined();
  });
  it("does not take a two-word name's last word for a suffix", () => {
    expect(parsePersonName("Jane Sr").surname).toBe("Sr");
  });
  it("keeps particles with the surname", () => {
    const p = parsePersonName("Ursula von der Leyen");
    expect(p.particles).toEqual(["von", "der"]);
    expect(p.surname).toBe("Leyen");
    expect(parsePersonName("Ahmed bin Example").particles).toEqual(["bin"]);
    expect(parsePersonName("Jane Van Example").particles).toEqual(["Van"]);
  });
  it("reads a first word as a given name even when it looks like a particle", () => {
    expect(parsePersonName("Van Example")).toMatchObject({ given: ["Van"], particles: [] });
  });
  it("puts the family name first when an alias shows the first word alone", () => {
    expect(parsePersonName("Example Min Jun", ["Example"])).toMatchObject({
      surname: "Example",
      given: ["Min", "Jun"],
      familyFirst: true,
    });
    expect(parsePersonName("Jane Example", ["Example"]).familyFirst).toBe(false);
  });
  it("puts the family name first before a hyphenated syllabic given name", () => {
    expect(parsePersonName("Park Min-jun")).toMatchObject({
      surname: "Park",
      given: ["Min-jun"],
      familyFirst: true,
    });
    expect(parsePersonName("Jean-Paul Example").familyFirst).toBe(false);
  });
});
