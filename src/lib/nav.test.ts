import { describe, expect, it } from "vitest";
import { navState } from "./nav.ts";

describe("navState", () => {
  it("marks the link to the page itself", () => {
    expect(navState("/people/", "/people/")).toBe("page");
    expect(navState("/", "/")).toBe("page");
  });
  it("marks the section a page belongs to", () => {
    expect(navState("/people/", "/people/ann-example/")).toBe("section");
    expect(navState("/", "/stories/a-story/")).toBe("section");
    expect(navState("/timeline/", "/timeline/a-story")).toBe("section");
  });
  it("marks nothing else", () => {
    expect(navState("/people/", "/places/lyon/")).toBeNull();
    expect(navState("/", "/sources/a/")).toBeNull();
  });
});
