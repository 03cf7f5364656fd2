import { describe, expect, it } from "vitest";
import { decodeSeed, detectEncoding } from "./decode.ts";

const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
};
const TEXT = "Flood Warning Issued\n\nRivers rose on Monday — officials said “stay home”.";

describe("decodeSeed", () => {
  it("reads UTF-16 with a byte order mark, either endianness, without the mark", () => {
    expect(decodeSeed(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeSeed(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("recognizes UTF-16 without a mark when it is clearly text", () => {
    expect(decodeSeed(utf16(TEXT, false, false))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeSeed(utf16(TEXT, true, false))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads UTF-8, dropping its byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeSeed(bytes)).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("does not take binary data with zero bytes for UTF-16", () => {
    const noise = new Uint8Array(512).map((_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff));
    expect(detectEncoding(noise)).toBe("utf-8");
    const pairs = new Uint8Array(512).map((_, i) => (i % 2 === 1 ? 0 : 1 + (i % 7)));
    expect(detectEncoding(pairs)).toBe("utf-8");
  });
});
