import { describe, expect, inject, it } from "vitest";
import { checkSite } from "../support/link-check.ts";

describe.each([
  ["sample", "siteDir"],
  ["hostile", "hostileDir"],
] as const)("links in the built %s site", (_name, dir) => {
  const check = checkSite(inject(dir));

  it("every internal link and every src, srcset and action names a file in dist/", () => {
    // Enough references that the walk found the pages and their links at all.
    expect(check.checked).toBeGreaterThan(100);
    expect(check.broken).toEqual([]);
    expect(check.unsafe).toEqual([]);
  });

  it("every #fragment of an internal link names an id on its page", () => {
    expect(check.missingTargets).toEqual([]);
  });
});
