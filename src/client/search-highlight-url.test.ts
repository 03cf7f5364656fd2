import { describe, expect, it } from "vitest";
import { highlightUrl } from "./search-highlight-url.ts";

describe("highlightUrl", () => {
  it("attaches the query to a result's address", () => {
    expect(highlightUrl("/people/jane-example/", "Jane Example")).toBe(
      "/people/jane-example/?highlight=Jane%20Example",
    );
  });
  it("keeps an existing query string and the fragment", () => {
    expect(highlightUrl("/sources/a/?x=1#s-3", "lyon")).toBe("/sources/a/?x=1&highlight=lyon#s-3");
  });
  it("leaves the address alone for an empty query", () => {
    expect(highlightUrl("/places/lyon/", "  ")).toBe("/places/lyon/");
  });
});
