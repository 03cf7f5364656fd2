import { describe, expect, it } from "vitest";
import { cleanField, cleanText, decodeUtf8, dropHidden } from "./clean-text.ts";

describe("decodeUtf8", () => {
  it("turns every invalid byte sequence into U+FFFD and keeps valid text", () => {
    expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe("Caf\uFFFD");
    expect(decodeUtf8(new TextEncoder().encode("Zelenskyy — Київ"))).toBe("Zelenskyy — Київ");
  });
});

describe("cleanText", () => {
  it("unifies line breaks, including NEL and the Unicode separators", () => {
    expect(cleanText("a\r\nb\rc\u0085d\u2028e\u2029f").text).toBe("a\nb\nc\nd\ne\n\nf");
  });

  it("drops control characters but keeps newlines", () => {
    const r = cleanText("a\u0000b \u001b[31mred\b\n\u007f end");
    expect(r.text).toBe("ab [31mred\n end");
    expect(r.dropped).toBe(4);
  });

  it("drops bidi overrides and isolates, so text cannot be shown reordered", () => {
    expect(cleanText("file\u202etxt.exe\u202c and \u2066isolate\u2069").text).toBe(
      "filetxt.exe and isolate",
    );
  });

  it("drops zero-width spaces and BOMs but keeps the joiners emoji need", () => {
    expect(cleanText("\uFEFFKim\u200bJong").text).toBe("KimJong");
    const family = "\u{1F469}\u200d\u{1F467}";
    expect(cleanText(family).text).toBe(family);
  });

  it("replaces lone surrogates and counts replacements", () => {
    const r = cleanText("bad \ud800 surrogate");
    expect(r.text).toBe("bad \uFFFD surrogate");
    expect(r.replaced).toBe(1);
  });

  it("normalizes to NFC so the same word always matches itself", () => {
    expect(cleanText("e\u0301").text).toBe("\u00e9");
  });
});

describe("cleanField", () => {
  it("applies the same rules, then makes one line of it", () => {
    expect(cleanField("  Storm\u202E hits\u2028the\tcoast\u0007 \n")).toBe("Storm hits the coast");
    expect(cleanField("\u200B\u00AD")).toBe("");
  });
});

describe("dropHidden", () => {
  it("drops what cleaning drops, but leaves tabs and line separators for the parser", () => {
    expect(dropHidden("a\r\nb\u0000c\u202Ed\te\u2028f\u0085g")).toEqual({
      text: "a\nbcd\te\u2028f\u0085g",
      dropped: 2,
    });
  });
});
