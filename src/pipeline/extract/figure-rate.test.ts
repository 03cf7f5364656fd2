import { describe, expect, it } from "vitest";
import { rateAt } from "./figure-rate.ts";
import { tokenize } from "./number-tokens.ts";

/** The rate starting at the first token of `text`, as text. */
function rate(text: string) {
  const tokens = tokenize(text);
  const r = rateAt(tokens, 0);
  return r ? text.slice(tokens[r.first]?.start, tokens[r.last]?.end) : null;
}

describe("rateAt", () => {
  it("reads 'each', 'every', 'a' and 'per' with a unit of time", () => {
    expect(rate("each month to replace")).toBe("each month");
    expect(rate("every week")).toBe("every week");
    expect(rate("a year.")).toBe("a year");
    expect(rate("per day")).toBe("per day");
  });

  it("reads prices per unit and rate words", () => {
    expect(rate("a barrel")).toBe("a barrel");
    expect(rate("per capita")).toBe("per capita");
    expect(rate("annually")).toBe("annually");
    expect(rate("year-on-year")).toBe("year-on-year");
  });

  it("reads 'every two weeks' and 'every 3 days'", () => {
    expect(rate("every two weeks")).toBe("every two weeks");
    expect(rate("every 3 days")).toBe("every 3 days");
  });

  it("rejects near-misses", () => {
    expect(rate("a month ago")).toBeNull(); // a date
    expect(rate("a soldier")).toBeNull();
    expect(rate("per cent")).toBeNull(); // a percentage
    expect(rate("each of them")).toBeNull();
    expect(rate("every two soldiers")).toBeNull();
  });
});
