import { describe, expect, it } from "vitest";
import { entityUrl, sentenceUrl } from "./urls.ts";

describe("urls", () => {
  it("puts each entity type in its own section", () => {
    expect(entityUrl("person-ann-lee")).toBe("/people/ann-lee/");
    expect(entityUrl("place-rome")).toBe("/places/rome/");
    expect(entityUrl("organization-nato")).toBe("/organizations/nato/");
  });
  it("links to a sentence by its anchor", () => {
    expect(sentenceUrl("a1", 3)).toBe("/sources/a1/#s-3");
  });
});
