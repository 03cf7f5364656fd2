import { describe, expect, it } from "vitest";
import { byCodeUnit } from "./compare.ts";

describe("byCodeUnit", () => {
  it("orders by UTF-16 code units, not by locale", () => {
    expect(["b", "B", "a", "É", "e"].sort(byCodeUnit)).toEqual(["B", "a", "b", "e", "É"]);
  });

  it("returns 0 for equal strings", () => {
    expect(byCodeUnit("x", "x")).toBe(0);
  });
});
