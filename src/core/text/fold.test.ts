import { describe, expect, it } from "vitest";
import { foldAccents } from "./fold.ts";

describe("foldAccents", () => {
  it("removes accents, including letters Unicode does not decompose", () => {
    expect(foldAccents("José María")).toBe("Jose Maria");
    expect(foldAccents("Łódź")).toBe("Lodz");
    expect(foldAccents("Øster Straße, Ærø")).toBe("Oster Strasse, Aero");
    expect(foldAccents("Hà Nội")).toBe("Ha Noi");
  });
  it("folds an already decomposed accent the same as a composed one", () => {
    expect(foldAccents("Jose\u0301")).toBe(foldAccents("José"));
  });
  it("keeps a spacing accent inside a name, not a space", () => {
    expect(foldAccents("O´Brien")).not.toContain(" ");
  });
  it("turns ligatures, full-width letters and subscripts into plain ones when asked", () => {
    expect(foldAccents("ﬁnal ＡＢＣ CO₂", { compatibility: true })).toBe("final ABC CO2");
    expect(foldAccents("ﬁnal")).toBe("ﬁnal");
  });
  it("keeps the marks that are part of another script's spelling", () => {
    expect(foldAccents("मोहन")).toBe("मोहन");
    expect(foldAccents("ガス")).toBe("ガス");
    expect(foldAccents("박민준")).toBe("박민준");
  });
});
