import { describe, expect, it } from "vitest";
import { hashId } from "./hash.ts";

describe("hashId", () => {
  it("is seven base-36 digits that depend only on the input", () => {
    expect(hashId("abc")).toBe(hashId("abc"));
    expect(hashId("abc")).not.toBe(hashId("abd"));
    expect(hashId("Report")).not.toBe(hashId("report"));
    expect(hashId("")).toMatch(/^[0-9a-z]{7}$/);
  });
});
