import { describe, expect, it } from "vitest";
import { slugify } from "./slug.ts";

describe("slugify", () => {
  it("makes lowercase ASCII slugs", () => {
    expect(slugify("Zelenskyy’s Plan: Phase 2")).toBe("zelenskyys-plan-phase-2");
    expect(slugify("Émigrés return")).toBe("emigres-return");
    expect(slugify("Talks in Łódź on CO₂")).toBe("talks-in-lodz-on-co2");
  });
  it("stops at 60 characters on a word boundary", () => {
    const s = slugify("word ".repeat(30));
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s.endsWith("-")).toBe(false);
  });
  it("returns an empty string when nothing is left", () => {
    expect(slugify("<<>>")).toBe("");
  });
});
