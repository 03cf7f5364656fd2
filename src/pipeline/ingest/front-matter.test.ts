import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.ts";

describe("splitFrontMatter", () => {
  it("reads title, outlet, url, published and language", () => {
    const r = splitFrontMatter(
      "---\ntitle: Storm Hits Coast\noutlet: Daily Example\nurl: https://example.com/a\npublished: 2024-10-23\nlanguage: en\n---\nBody text.",
    );
    expect(r.data).toEqual({
      title: "Storm Hits Coast",
      outlet: "Daily Example",
      url: "https://example.com/a",
      published: "2024-10-23",
      language: "en",
    });
    expect(r.body).toBe("Body text.");
    expect(r.problems).toEqual([]);
  });

  it("reports broken YAML with its line, and keeps the body", () => {
    const r = splitFrontMatter("---\ntitle: ok\noutlet: [unclosed\n---\nBody.");
    expect(r.data).toEqual({});
    expect(r.body).toBe("Body.");
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(r.problems[0]?.message).toMatch(/not valid YAML/);
  });

  it("reports an unclosed block and treats everything as body", () => {
    const r = splitFrontMatter("---\ntitle: x\nBody.");
    expect(r.problems[0]).toEqual({ line: 1, message: expect.stringMatching(/never closed/) });
    expect(r.body).toContain("Body.");
  });

  it("ignores values that are not text", () => {
    const r = splitFrontMatter("---\ntitle:\n  nested: true\n---\nBody.");
    expect(r.data.title).toBeUndefined();
    expect(r.problems).toHaveLength(1);
  });

  it("returns the whole text when there is no front matter", () => {
    expect(splitFrontMatter("Just text.").body).toBe("Just text.");
  });
});
