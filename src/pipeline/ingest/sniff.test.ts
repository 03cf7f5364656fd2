import { describe, expect, it } from "vitest";
import { isBinary } from "./sniff.ts";

describe("isBinary", () => {
  it("recognizes common binary signatures", () => {
    expect(isBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe(true);
    expect(isBinary(new TextEncoder().encode("%PDF-1.7\n"))).toBe(true);
  });

  it("recognizes data full of NULs", () => {
    expect(isBinary(new Uint8Array(200).fill(0))).toBe(true);
  });

  it("lets text with a stray NUL or a few bad bytes through, to be cleaned", () => {
    expect(isBinary(new TextEncoder().encode("a\u0000b and more text here"))).toBe(false);
    expect(isBinary(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))).toBe(false);
  });
});
