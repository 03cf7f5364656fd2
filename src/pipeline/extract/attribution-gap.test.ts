import { describe, expect, it } from "vitest";
import { gapKind } from "./attribution-gap.ts";

/** The gap between "NAME" and "said" in a sentence. */
const gap = (sentence: string) => {
  const start = sentence.indexOf("NAME") + 4;
  return gapKind(sentence, start, sentence.indexOf("said", start));
};

describe("gapKind", () => {
  it("accepts a name right before its verb, with adverbs, titles or a place between", () => {
    expect(gap("NAME said")).toBe("direct");
    expect(gap("NAME has since said")).toBe("direct");
    expect(gap("NAME III of Ukraine on Monday said")).toBe("direct");
    expect(gap("NAME (R-Texas) later said")).toBe("direct");
  });

  it("accepts an appositive set off by commas or dashes", () => {
    expect(
      gap("NAME, a former member of the Council and now a scholar at the Institute, said"),
    ).toBe("appositive");
    expect(gap("NAME, who was there, said")).toBe("appositive");
    expect(gap("NAME, 45, said")).toBe("appositive");
    expect(gap("NAME — the envoy — said")).toBe("appositive");
    expect(gap("NAME, speaking in the capital, later said")).toBe("appositive");
  });

  it("rejects a possessive, a clause boundary or a new subject", () => {
    expect(gap("NAME’s aides said")).toBeNull();
    expect(gap("NAME met them, and officials said")).toBeNull();
    expect(gap("NAME, officials close to the talks, said")).toBeNull();
    expect(gap("NAME, said")).toBeNull();
    expect(gap("NAME left. Others said")).toBeNull();
    expect(gap("NAME, the envoy. Then, said")).toBeNull();
    expect(gap("NAME (unclosed said")).toBeNull();
  });

  it("rejects an appositive that runs on too long", () => {
    expect(gap(`NAME, a ${"very ".repeat(80)}long description, said`)).toBeNull();
  });
});
