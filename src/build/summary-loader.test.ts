import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  interface Entry {
    id: string;
    digest?: string;
    rendered?: { html: string };
  }
  /** A loader context over an in-memory store; `set` records every entry written. */
  function context(entries = new Map<string, Entry>()) {
    const set: Entry[] = [];
    const warnings: string[] = [];
    const ctx = {
      store: {
        get: (id: string) => entries.get(id),
        set: (e: Entry) => {
          set.push(e);
          entries.set(e.id, e);
        },
        delete: (id: string) => entries.delete(id),
        keys: () => [...entries.keys()],
      },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (s: string) => createHash("sha256").update(s).digest("hex"),
      logger: { warn: (m: string) => warnings.push(m) },
    };
    return { ctx: ctx as never, entries, set, warnings };
  }

  it("stores each summary with its HTML, and skips a bad file with a warning naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summaries-"));
    writeFileSync(join(dir, "harbour-fire.mdx"), summary(text("A fire.")));
    writeFileSync(join(dir, "bad.mdx"), '---\n{"story":"bad","description":"x"}\n---\n{1}\n');
    writeFileSync(join(dir, "notes.txt"), "not a summary");
    const { ctx, set: stored, warnings } = context();
    await summaryLoader(pathToFileURL(`${dir}/`)).load(ctx);
    expect(stored.map((e) => [e.id, e.rendered?.html])).toEqual([
      ["harbour-fire", "<p>A fire.</p>"],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, "bad.mdx"));
    expect(warnings[0]).toContain("without its summary");
  });

  it("keeps an unchanged summary as stored, renders a changed one, and drops a removed one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "summaries-"));
    writeFileSync(join(dir, "harbour-fire.mdx"), summary(text("A fire.")));
    writeFileSync(join(dir, "mill-flood.mdx"), summary(text("A flood.")));
    writeFileSync(join(dir, "quarry-strike.mdx"), summary(text("A strike.")));
    const first = context();
    await summaryLoader(pathToFileURL(`${dir}/`)).load(first.ctx);
    writeFileSync(join(dir, "mill-flood.mdx"), summary(text("A worse flood.")));
    rmSync(join(dir, "quarry-strike.mdx"));
    const again = context(first.entries);
    await summaryLoader(pathToFileURL(`${dir}/`)).load(again.ctx);
    expect(again.set.map((e) => [e.id, e.rendered?.html])).toEqual([
      ["mill-flood", "<p>A worse flood.</p>"],
    ]);
    expect([...again.entries.keys()].sort()).toEqual(["harbour-fire", "mill-flood"]);
  });
});
