import { describe, expect, it } from "vitest";
import { rangeAfter } from "./figure-range.ts";
import { parseDigits, parseSpelled } from "./number-parse.ts";
import { tokenize } from "./number-tokens.ts";

/** The range starting at the first number (or number word) of `text`. */
function range(text: string, connector: "to" | "and" = "to", money = false) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num" || t.lower === "two" || t.lower === "five");
  const low = tokens[i]?.kind === "num" ? parseDigits(tokens, i, money) : parseSpelled(tokens, i);
  if (!low) throw new Error(`no number in ${text}`);
  const r = rangeAfter(tokens, low, connector, money);
  return r ? { low: r.low, high: r.high.value } : null;
}

describe("rangeAfter", () => {
  it("reads 'X to Y', 'X-Y' and 'X–Y'", () => {
    expect(range("25,000 to 30,000 new soldiers")).toEqual({ low: 25_000, high: 30_000 });
    expect(range("10-20 soldiers")).toEqual({ low: 10, high: 20 });
    expect(range("10 – 20 soldiers")).toEqual({ low: 10, high: 20 });
  });

  it("reads 'between X and Y' with the 'and' connector", () => {
    expect(range("between 10 and 20", "and")).toEqual({ low: 10, high: 20 });
    expect(range("10 and 20")).toBeNull();
  });

  it("shares the high end's scale with a bare low end", () => {
    expect(range("5 to 7 million")).toEqual({ low: 5e6, high: 7e6 });
    expect(range("two to three thousand")).toEqual({ low: 2000, high: 3000 });
    expect(range("2,500 to 3 million")).toEqual({ low: 2500, high: 3e6 });
  });

  it("reads repeated currency and percent signs", () => {
    expect(range("$5 million to $7 million", "to", true)).toEqual({ low: 5e6, high: 7e6 });
    expect(range("5%-7%")).toEqual({ low: 5, high: 7 });
    expect(range("5%-7 soldiers")).toBeNull();
  });

  it("rejects scores, year spans and words after 'to'", () => {
    expect(range("won 3-1")).toBeNull();
    expect(range("52 to 48")).toBeNull();
    expect(range("2019-2021")).toBeNull();
    expect(range("2,500 to Kursk")).toBeNull();
    expect(range("five to the city")).toBeNull();
  });
});
