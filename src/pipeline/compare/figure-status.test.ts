import { describe, expect, it } from "vitest";
import { figureAgreement, groupAgreement } from "./figure-status.ts";

const f = (value: number, qualifier: string | null = null, max?: number) => ({
  value,
  qualifier,
  ...(max === undefined ? {} : { max }),
});

describe("figureAgreement", () => {
  it("agrees on the same number with the same kind of qualifier", () => {
    expect(figureAgreement(f(600000, "over"), f(600000, "over"))).toBe("agree");
    expect(figureAgreement(f(9), f(9))).toBe("agree");
    expect(figureAgreement(f(600000, "over"), f(600000, "at least"))).toBe("agree");
    expect(figureAgreement(f(25000, null, 30000), f(25000, null, 30000))).toBe("agree");
  });

  it("says two different estimates differ, even when ±10% would touch", () => {
    expect(figureAgreement(f(2500, "about"), f(3000, "about"))).toBe("differ");
    expect(figureAgreement(f(53), f(54))).toBe("differ");
    expect(figureAgreement(f(25000, null, 30000), f(25000, null, 35000))).toBe("differ");
  });

  it("finds overlapping bounds compatible", () => {
    expect(figureAgreement(f(60, "about"), f(62, "at least"))).toBe("compatible");
    expect(figureAgreement(f(62, "at least"), f(70, "over"))).toBe("compatible");
    expect(figureAgreement(f(9, "at least"), f(9))).toBe("compatible");
    expect(figureAgreement(f(28000), f(30000, "about"))).toBe("compatible");
    expect(figureAgreement(f(3, "nearly"), f(3))).toBe("compatible");
  });

  it("finds disjoint intervals different", () => {
    expect(figureAgreement(f(50, "under"), f(70, "over"))).toBe("differ");
    expect(figureAgreement(f(100, "over"), f(5000))).toBe("differ");
    expect(figureAgreement(f(25000), f(30000, "about"))).toBe("differ");
  });
});

describe("groupAgreement", () => {
  it("agrees only when all agree, and differs when any pair does", () => {
    expect(groupAgreement([f(9), f(9), f(9)])).toBe("agree");
    expect(groupAgreement([f(62, "at least"), f(70, "over"), f(64, "at least")])).toBe(
      "compatible",
    );
    expect(groupAgreement([f(12), f(10), f(12)])).toBe("differ");
  });
});
