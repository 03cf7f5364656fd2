import { describe, expect, it } from "vitest";
import { stem } from "../../core/text/stem.ts";
import { canonical } from "./synonyms.ts";

const read = (w: string) => canonical(stem(w));

describe("canonical", () => {
  it("reads the usual synonyms of event reporting as one word", () => {
    expect(read("killed")).toBe(read("died"));
    expect(read("soldiers")).toBe(read("troops"));
    expect(read("temblor")).toBe(read("earthquake"));
    expect(read("travellers")).toBe(read("passengers"));
    expect(read("unaccounted")).toBe(read("missing"));
  });

  it("leaves other words as they are", () => {
    expect(read("tariff")).toBe(stem("tariff"));
  });

  it("does not read a shooting as a blaze", () => {
    expect(read("fired")).not.toBe(read("wildfire"));
  });
});
