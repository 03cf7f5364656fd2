import { describe, expect, it } from "vitest";
import { sameGivenName } from "./hypocorisms.ts";

describe("sameGivenName", () => {
  it("matches a formal name and its familiar forms, either way round", () => {
    expect(sameGivenName("William", "Bill")).toBe(true);
    expect(sameGivenName("chuck", "Charles")).toBe(true);
    expect(sameGivenName("Bill", "Billy")).toBe(true);
    expect(sameGivenName("Bettie", "Betty")).toBe(true);
  });

  it("never matches two formal names through a shared familiar form", () => {
    expect(sameGivenName("Henry", "Harold")).toBe(false);
    expect(sameGivenName("James", "John")).toBe(false);
  });
});
