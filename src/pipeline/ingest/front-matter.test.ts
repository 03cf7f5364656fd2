import { describe, expect, it } from "vitest";
import { MAX_FRONT_MATTER, splitFrontMatter } from "./front-matter.ts";

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

describe("splitFrontMatter on hostile and tricky YAML", () => {
  const fm = (yaml: string) => splitFrontMatter(`---\n${yaml}\n---\nBody.`);

  it("reads scalars as the text written", () => {
    const r = fm("title: 007\noutlet: 1e309\nbyline: true\npublished: 2024-10-23");
    expect(r.data).toEqual({
      title: "007",
      outlet: "1e309",
      byline: "true",
      published: "2024-10-23",
    });
  });

  it("treats empty, ~ and null as absent", () => {
    expect(fm("title: ~\noutlet: null\nbyline:").data).toEqual({});
  });

  it("ignores an alias to no anchor, with the line, and keeps the body", () => {
    const r = fm("outlet: Daily Example\ntitle: *nope");
    expect(r.data).toEqual({ outlet: "Daily Example" });
    expect(r.body).toBe("Body.");
    expect(r.problems).toEqual([{ line: 3, message: expect.stringMatching(/alias.*\*nope/) }]);
  });

  it("follows an alias to a text value, and never expands one to a structure", () => {
    expect(fm("outlet: &o Daily Example\nbyline: *o").data).toEqual({
      outlet: "Daily Example",
      byline: "Daily Example",
    });
    const laughs = [
      "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
      ...Array.from({ length: 12 }, (_, i) => {
        const prev = i === 0 ? "a" : `l${i - 1}`;
        return `l${i}: &l${i} [${Array(9).fill(`*${prev}`).join(", ")}]`;
      }),
      "title: *l11",
    ].join("\n");
    const t0 = performance.now();
    const r = fm(laughs);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.data).toEqual({});
    expect(r.problems[0]?.message).toMatch(/"title" should be text/);
  });

  it("keeps a line separator inside a quoted value as text for cleaning, not a line break", () => {
    const r = fm('title: "Storm\u2028Hits"\noutlet: Daily Example');
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ title: "Storm\u2028Hits", outlet: "Daily Example" });
  });

  it("decodes YAML escapes, so cleaning sees the characters they stand for", () => {
    expect(fm('title: "A\\u202EB\\x00C"').data.title).toBe("A\u202EB\u0000C");
  });

  it("ignores front matter too long to be metadata", () => {
    const r = fm(`title: x\nnote: ${"y".repeat(MAX_FRONT_MATTER)}`);
    expect(r.data).toEqual({});
    expect(r.body).toBe("Body.");
    expect(r.problems[0]?.message).toMatch(/longer than/);
  });
});
