import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { link, paragraph, text, toMdx } from "../pipeline/emit/mdx.ts";
import { splitFrontMatter, summaryHtml, summaryLoader } from "./summary-loader.ts";

// Invented summaries, written the way emit writes them.
const summary = (...parts: Parameters<typeof paragraph>) =>
  toMdx({ story: "harbour-fire", description: "A fire at the harbour." }, [paragraph(...parts)]);

describe("summaryHtml", () => {
  it("renders emit's prose: paragraphs, text and links within the page", () => {
    const { body } = splitFrontMatter(
      summary(
        text("Two sources report this story: "),
        link("#the-sources", "Source A and B"),
        text("."),
      ),
    );
    expect(summaryHtml(body)).toBe(
      '<p>Two sources report this story: <a href="#the-sources">Source A and B</a>.</p>',
    );
  });

  it("keeps seed text that looks like markup or code as text", () => {
    const hostile = '<script>alert(1)</script> {process.exit(1)} import x from "y" & <Foo/>';
    const { body } = splitFrontMatter(summary(text(hostile)));
    const html = summaryHtml(body);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<Foo");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script> {process.exit(1)}");
  });

  it.each([
    ["an expression", "Troops {1 + 1}\n"],
    ["a component", "Troops <Chart />\n"],
    ["an import", 'import Chart from "./chart.js"\n\nTroops.\n'],
    ["raw HTML", "<script>alert(1)</script>\n"],
    ["a script link", "[click](javascript:alert(1))\n"],
    ["a list", "- one\n- two\n"],
  ])("refuses a body with %s, saying what it found", (_, body) => {
    expect(() => summaryHtml(body)).toThrow(/holds|links to/);
  });
});

describe("splitFrontMatter", () => {
  it("reads emit's JSON front matter and the body after it", () => {
    const { data, body } = splitFrontMatter(summary(text("A fire.")));
    expect(data).toEqual({ story: "harbour-fire", description: "A fire at the harbour." });
    expect(body.trim()).toBe("A fire.");
  });

  it("refuses a file without front matter, or with front matter that is not JSON", () => {
    expect(() => splitFrontMatter("A fire.\n")).toThrow(/no front matter/);
    expect(() => splitFrontMatter("---\nstory: x\n---\nA fire.\n")).toThrow(/not the JSON/);
  });
});

describe("summaryLoader", () => {
  it("stores each summary with its HTML, and skips a bad file with a warning naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summaries-"));
    writeFileSync(join(dir, "harbour-fire.mdx"), summary(text("A fire.")));
    writeFileSync(join(dir, "bad.mdx"), '---\n{"story":"bad","description":"x"}\n---\n{1}\n');
    writeFileSync(join(dir, "notes.txt"), "not a summary");
    const stored: { id: string; rendered?: { html: string } }[] = [];
    const warnings: string[] = [];
    await summaryLoader(pathToFileURL(`${dir}/`)).load({
      store: { clear: () => {}, set: (e: (typeof stored)[number]) => stored.push(e) },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (s: string) => s.length.toString(),
      logger: { warn: (m: string) => warnings.push(m) },
    } as never);
    expect(stored.map((e) => [e.id, e.rendered?.html])).toEqual([
      ["harbour-fire", "<p>A fire.</p>"],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, "bad.mdx"));
    expect(warnings[0]).toContain("without its summary");
  });
});
