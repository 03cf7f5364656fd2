import { describe, expect, it } from "vitest";
import { detokenize } from "./detokenize.ts";

const one = (tokens: string, split = false) => detokenize([tokens.split(" ")], split).sentences[0];

describe("detokenize", () => {
  it("joins punctuation, clitics and brackets as print does", () => {
    expect(one("Quill did n't say , he said ( twice ) .")).toBe(
      "Quill didn't say, he said (twice).",
    );
    expect(one("the Vell Foundation 's jury paid $ 5 or 3 %")).toBe(
      "the Vell Foundation's jury paid $5 or 3%",
    );
  });

  it("turns quotes the right way, straight ones by their order", () => {
    expect(one("`` We won , '' she said .")).toBe("“We won,” she said.");
    expect(one('He said " we won " today .')).toBe('He said "we won" today.');
    expect(one('" We won , " she said .')).toBe('"We won," she said.');
  });

  it("joins split hyphens, decimals, times and thousands only in files that split them", () => {
    expect(one("a five - boat raid at 09 : 56 for 2 , 000 and 3 . 9", true)).toBe(
      "a five-boat raid at 09:56 for 2,000 and 3.9",
    );
    expect(one("a fall of 2 , 000ft , 12 , 5 and 6", true)).toBe("a fall of 2,000ft, 12, 5 and 6");
    expect(one("Lisbon - the city", false)).toBe("Lisbon - the city");
    expect(one("Quill ’ s win", true)).toBe("Quill’s win");
    expect(one("the U . S . team", true)).toBe("the U.S. team");
  });

  it("gives each token's place in the sentence", () => {
    const d = detokenize([["Quill", "'s", "win", "."]], false);
    const s = d.sentences[0] ?? "";
    expect(d.spans[0]?.map((r) => s.slice(r.start, r.end))).toEqual(["Quill", "'s", "win", "."]);
  });
});
