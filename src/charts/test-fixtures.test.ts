import { describe, expect, it } from "vitest";
import { ALL, FIGURES, HOSTILE, HOSTILE_SOURCES, QUOTE, SOURCES } from "./test-fixtures.ts";

describe("test fixtures", () => {
  it("cite only listed sources, one value per source per claim", () => {
    const ids = new Set(SOURCES.map((s) => s.id));
    for (const claim of ALL) {
      for (const v of claim.values) expect(ids.has(v.source)).toBe(true);
      expect(new Set(claim.values.map((v) => v.source)).size).toBe(claim.values.length);
    }
  });

  it("give every figure a number and the quote a diff per version", () => {
    for (const f of FIGURES) for (const v of f.values) expect(typeof v.number).toBe("number");
    expect(QUOTE.diff?.map((d) => d.source)).toEqual(QUOTE.values.map((v) => v.source));
  });

  it("put markup in the hostile labels", () => {
    expect(HOSTILE.topic).toContain("<script>");
    expect(HOSTILE_SOURCES[0]?.label).toContain("&");
  });
});
