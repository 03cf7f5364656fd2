import { describe, expect, it } from "vitest";
import { digitsValue, parseDigits, parseSpelled } from "./number-parse.ts";
import { tokenize } from "./number-tokens.ts";

/** Parse the number at the first token of `text`; returns its value and covered text. */
function digits(text: string, money = false) {
  const tokens = tokenize(text);
  const e = parseDigits(tokens, 0, money);
  if (!e) return null;
  return { value: e.value, text: text.slice(tokens[e.first]?.start, tokens[e.last]?.end), e };
}

function words(text: string) {
  const tokens = tokenize(text);
  const e = parseSpelled(tokens, 0);
  if (!e) return null;
  return {
    value: e.value,
    text: text.slice(tokens[e.first]?.start, tokens[e.last]?.end),
    vague: e.vague,
  };
}

describe("digitsValue", () => {
  it("reads thousands separators and decimals", () => {
    expect(digitsValue("2,500")).toBe(2500);
    expect(digitsValue("1,234,567.5")).toBe(1234567.5);
    expect(digitsValue("0.75")).toBe(0.75);
  });

  it("rejects separators that do not group by three, and version numbers", () => {
    expect(digitsValue("1,2")).toBeNull();
    expect(digitsValue("12,00")).toBeNull();
    expect(digitsValue("1.2.3")).toBeNull();
  });
});

describe("parseDigits", () => {
  it("applies scale words and abbreviations", () => {
    expect(digits("1.2 million people")?.value).toBe(1_200_000);
    expect(digits("2.3 million")?.value).toBe(2_300_000);
    expect(digits("3 billion")?.value).toBe(3e9);
    expect(digits("2.5bn")?.text).toBe("2.5bn");
    expect(digits("2.5bn")?.value).toBe(2.5e9);
    expect(digits("5 hundred thousand")?.value).toBe(500_000);
  });

  it("reads one-letter scales only for money", () => {
    expect(digits("5m", true)?.value).toBe(5e6);
    expect(digits("5m")?.value).toBe(5);
    expect(digits("5m")?.e.suffix).toBe("m");
  });

  it("reads a hyphenated scale", () => {
    expect(digits("1.2-billion deal", true)?.text).toBe("1.2-billion");
  });

  it("records letters written onto the digits as a suffix", () => {
    expect(digits("1990s")?.e.suffix).toBe("s");
    expect(digits("23rd")?.e.suffix).toBe("rd");
    expect(digits("10 km")?.e.suffix).toBe("");
  });

  it("marks bare digits as plain (the shape of years and model numbers)", () => {
    expect(digits("2024")?.e.plain).toBe(true);
    expect(digits("2,024")?.e.plain).toBe(false);
    expect(digits("2024 million")?.e.plain).toBe(false);
  });

  it("does not read a scale on the next line", () => {
    expect(digits("5\nmillion")?.value).toBe(5);
  });
});

describe("parseSpelled", () => {
  it("reads spelled numbers", () => {
    expect(words("three soldiers")).toMatchObject({ value: 3, text: "three" });
    expect(words("twenty-five people")?.value).toBe(25);
    expect(words("forty two")?.value).toBe(42);
    expect(words("two hundred and fifty people")).toMatchObject({
      value: 250,
      text: "two hundred and fifty",
    });
    expect(words("three thousand five hundred")?.value).toBe(3500);
    expect(words("one million")?.value).toBe(1e6);
  });

  it("reads a dozen, a million and half a million", () => {
    expect(words("a dozen tanks")).toMatchObject({ value: 12, text: "a dozen" });
    expect(words("two dozen")?.value).toBe(24);
    expect(words("a million")?.value).toBe(1e6);
    expect(words("a hundred thousand")?.value).toBe(100_000);
    expect(words("half a million")?.value).toBe(500_000);
  });

  it("reads vague magnitudes as their scale", () => {
    expect(words("hundreds of people")).toEqual({ value: 100, text: "hundreds", vague: true });
    expect(words("tens of thousands of refugees")).toEqual({
      value: 10_000,
      text: "tens of thousands",
      vague: true,
    });
    expect(words("hundreds of thousands")?.value).toBe(100_000);
    expect(words("several thousand troops")).toEqual({
      value: 1000,
      text: "several thousand",
      vague: true,
    });
    expect(words("a few hundred")).toEqual({ value: 100, text: "a few hundred", vague: true });
  });

  it("does not join two separate numbers", () => {
    expect(words("five six")?.value).toBe(5);
    expect(words("ten five")?.value).toBe(10);
  });

  it("rejects words that are not numbers", () => {
    for (const t of ["a man", "half of them", "tens of people", "several soldiers", "first"]) {
      expect(words(t)).toBeNull();
    }
  });
});
