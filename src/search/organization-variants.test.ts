import { describe, expect, it } from "vitest";
import { acronym, organizationVariants } from "./organization-variants.ts";
import { MAX_TERMS } from "./terms.ts";

describe("acronym", () => {
  it("takes the initials of the capitalised words", () => {
    expect(acronym("National Intelligence Service")).toBe("NIS");
    expect(acronym("Center for Example and International Studies")).toBe("CEIS");
    expect(acronym("The Example Research Institute")).toBe("ERI");
    expect(acronym("Euro-Example Partnership Council")).toBe("EEPC");
  });
  it("keeps the letters of a word already abbreviated", () => {
    expect(acronym("U.S. Example Survey")).toBe("USES");
  });
  it("is null for fewer than three capitalised words", () => {
    expect(acronym("Bank of Example")).toBeNull();
    expect(acronym("Example Ministry")).toBeNull();
    expect(acronym("NIS")).toBeNull();
  });
});

describe("organizationVariants", () => {
  it("gives name, aliases and the acronym", () => {
    expect(organizationVariants("National Intelligence Service", [])).toEqual([
      "National Intelligence Service",
      "NIS",
    ]);
  });
  it("does not repeat an acronym already among the aliases", () => {
    expect(organizationVariants("National Intelligence Service", ["NIS"])).toEqual([
      "National Intelligence Service",
      "NIS",
    ]);
  });
  it("undots acronyms, drops a leading The, folds accents", () => {
    expect(organizationVariants("The Example Foundation", ["E.F.X."])).toEqual([
      "The Example Foundation",
      "E.F.X.",
      "EFX",
      "Example Foundation",
    ]);
    expect(organizationVariants("Société Exemple", [])).toEqual([
      "Société Exemple",
      "Societe Exemple",
    ]);
  });
  it("stays within the cap", () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `Example Agency Number ${i}`);
    const v = organizationVariants("Example Agency", aliases);
    expect(v).toHaveLength(MAX_TERMS);
    expect(v[0]).toBe("Example Agency");
  });
});
