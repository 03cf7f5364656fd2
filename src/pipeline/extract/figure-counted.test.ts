import { describe, expect, it } from "vitest";
import type { FigureKind } from "../../core/model.ts";
import { countedAfter } from "./figure-counted.ts";
import { parseDigits, parseSpelled } from "./number-parse.ts";
import { tokenize } from "./number-tokens.ts";

/**
 * What the first number of `text` counts. `skip` tokens after the number (a "%" or "$" name)
 * are stepped over first, as the caller would.
 */
function counted(text: string, kind: FigureKind = "count", skip = 0, isRange = false) {
  const tokens = tokenize(text);
  const i = tokens.findIndex(
    (t) => t.kind === "num" || t.lower === "thousands" || t.lower === "two",
  );
  const expr =
    tokens[i]?.kind === "num" ? parseDigits(tokens, i, kind === "money") : parseSpelled(tokens, i);
  if (!expr) throw new Error(`no number in ${text}`);
  const np = countedAfter(tokens, expr.last + 1 + skip, kind, expr, isRange);
  return np ? text.slice(tokens[np.first]?.start, tokens[np.last]?.end) : null;
}

describe("countedAfter", () => {
  it("reads a count's plural noun phrase, with 'of Y'", () => {
    expect(counted("4,000 crates of medical supplies, tents")).toBe("crates of medical supplies");
    expect(counted("over 9,000 Red Cross volunteers to help")).toBe("Red Cross volunteers");
  });

  it("reads vague magnitudes and partitives through 'of'", () => {
    expect(counted("thousands of refugees fled")).toBe("refugees");
    expect(counted("2,000 of the nurses left")).toBe("nurses");
    expect(counted("2,000 of them left")).toBeNull();
  });

  it("accepts a singular noun only after the number one", () => {
    expect(counted("1 nurse died")).toBe("nurse");
    expect(counted("3 nurse died")).toBeNull();
    expect(counted("two nurse")).toBeNull();
  });

  it("reads what money is for", () => {
    expect(counted("$61 billion in aid to Kyiv", "money")).toBe("aid");
    expect(counted("$5 million worth of weapons", "money")).toBe("weapons");
    expect(counted("£12.5bn of assets", "money")).toBe("assets");
    expect(counted("a $5 million aid package", "money")).toBe("aid package");
    expect(counted("$5 million in Brazil", "money")).toBeNull();
  });

  it("reads what a percentage is of", () => {
    expect(counted("45% of the market", "percent", 1)).toBe("market");
    expect(counted("a 5% stake in it", "percent", 1)).toBe("stake");
    expect(counted("5% last year", "percent", 1)).toBeNull();
  });
});
