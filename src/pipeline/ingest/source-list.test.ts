import { describe, expect, it } from "vitest";
import { readSourceLists } from "./source-list.ts";

const read = (path: string, text: string) => readSourceLists([{ path, text }]);

describe("readSourceLists", () => {
  it("maps each seed file to its outlet, address, date and byline", () => {
    const list = read(
      "sources.yml",
      [
        "harbour.txt:",
        "  outlet: Example Gazette",
        "  url: https://gazette.example/harbour",
        "  published: 5 March 2024",
        "  byline: Ann Example",
      ].join("\n"),
    );
    expect(list.diagnostics).toEqual([]);
    expect(list.entries.get("harbour.txt")?.meta).toEqual({
      outlet: "Example Gazette",
      url: "https://gazette.example/harbour",
      published: "2024-03-05",
      byline: "Ann Example",
    });
  });

  it("reads the same list written as JSON", () => {
    const list = read("sources.json", '{\n  "a.md": { "outlet": "Valley Post" }\n}');
    expect(list.entries.get("a.md")?.meta).toEqual({ outlet: "Valley Post" });
  });

  it("warns about a bad field on its own line and keeps the entry's other fields", () => {
    const list = read(
      "sources.yml",
      [
        "a.txt:",
        "  outlet: Valley Post",
        "  url: javascript:alert(1)",
        "  published: someday",
        "  colour: blue",
      ].join("\n"),
    );
    expect(list.entries.get("a.txt")?.meta).toEqual({ outlet: "Valley Post" });
    expect(list.diagnostics.map((d) => [d.file, d.line, d.outcome])).toEqual([
      ["sources.yml", 3, "fallback"],
      ["sources.yml", 4, "fallback"],
      ["sources.yml", 5, "fallback"],
    ]);
    expect(list.diagnostics[0]?.message).toMatch(/"url" must be an http\(s\) address/);
    expect(list.diagnostics[1]?.message).toMatch(/"published" must be a date/);
    expect(list.diagnostics[2]?.message).toMatch(/unknown field "colour"/);
  });

  it("ignores a list that is not YAML, or not a mapping, with one warning naming the line", () => {
    const broken = read("sources.yml", "a.txt:\n  outlet: [unclosed\n");
    expect(broken.entries.size).toBe(0);
    expect(broken.diagnostics[0]?.message).toMatch(/not valid YAML/);
    const list = read("sources.yml", "- a.txt\n- b.txt\n");
    expect(list.entries.size).toBe(0);
    expect(list.diagnostics).toHaveLength(1);
    expect(list.diagnostics[0]?.line).toBe(1);
  });

  it("ignores a list nested thousands deep with one warning, not one per level", () => {
    const r = readSourceLists([{ path: "sources.yml", text: `a: ${"[".repeat(20_000)}` }]);
    expect(r.entries.size).toBe(0);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.message).toMatch(/^not valid YAML or JSON: .*list ignored$/);
  });

  it("reads an empty list as no entries and no warning", () => {
    expect(read("sources.yml", "")).toEqual({ entries: new Map(), diagnostics: [] });
  });
});
