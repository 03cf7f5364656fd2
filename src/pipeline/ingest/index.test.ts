import { describe, expect, it } from "vitest";
import type { SeedFile } from "../../core/model.ts";
import { ingest } from "./index.ts";

const file = (path: string, text: string | Uint8Array): SeedFile => ({
  path,
  bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
});
const ARTICLE =
  "Storm Floods Coastal Town\n\nHeavy rain flooded the town of Example on Monday. Officials said 40 homes were damaged.\nThe mayor asked residents to stay indoors.";

describe("ingest with a source list", () => {
  it("names each listed source, overriding front matter, and warns about entries for no file", () => {
    const list = [
      "storm.txt:",
      "  outlet: Coast Herald",
      "  url: https://herald.example/storm",
      "  published: 2024-03-04",
      "s.md:",
      "  outlet: Listed Name",
      "gone.txt:",
      "  outlet: Nobody",
    ].join("\n");
    const md =
      "---\ntitle: Rain on the Coast\noutlet: Front Matter Name\n---\nHeavy rain fell on the coast today.";
    const { articles, diagnostics } = ingest([
      file("sources.yml", list),
      file("storm.txt", ARTICLE),
      file("s.md", md),
    ]);
    expect(articles.map((a) => [a.id, a.outlet, a.url, a.published])).toEqual([
      ["s", "Listed Name", null, null],
      ["storm", "Coast Herald", "https://herald.example/storm", "2024-03-04"],
    ]);
    // The list is not an article, and names the entry it could not use.
    expect(diagnostics.filter((d) => d.file === "sources.yml")).toEqual([
      {
        level: "warning",
        file: "sources.yml",
        line: 7,
        message: "no seed file named gone.txt; entry ignored",
        outcome: "fallback",
      },
    ]);
  });

  it("names an unlisted source by its address's host when nothing else names it", () => {
    const md = "---\nurl: https://www.valley.example/a\n---\nThe river rose two metres overnight.";
    expect(ingest([file("a.md", md)]).articles[0]?.outlet).toBe("valley.example");
  });
});

describe("ingest", () => {
  it("takes the first line as the headline and splits the rest", () => {
    const { articles, diagnostics } = ingest([file("storm.txt", ARTICLE)]);
    expect(diagnostics.filter((d) => d.file === "sources.yml")).toEqual([]);
    const a = articles[0];
    expect(a?.title).toBe("Storm Floods Coastal Town");
    expect(a?.titleGenerated).toBe(false);
    expect(a?.id).toBe("storm");
    expect(a?.paragraphs).toHaveLength(2);
    expect(a?.sentences).toHaveLength(3);
    for (const s of a?.sentences ?? []) expect(a?.text.slice(s.start, s.end)).toMatch(/\.$/);
  });

  it("takes the line after a dateline as the headline, and keeps the dateline in the text", () => {
    const { articles } = ingest([file("stamped.txt", `Updated 8:41 p.m. EST\n\n${ARTICLE}`)]);
    expect(articles[0]?.title).toBe("Storm Floods Coastal Town");
    expect(articles[0]?.text.startsWith("Updated 8:41 p.m. EST")).toBe(true);
    expect(articles[0]?.text).not.toContain("Storm Floods Coastal Town");
  });

  it("reads front matter from .md seeds", () => {
    const md =
      "---\ntitle: Storm Floods Town\noutlet: Example News\nurl: https://example.com/s\npublished: 2024-03-05\n---\nHeavy **rain** fell.";
    const a = ingest([file("s.md", md)]).articles[0];
    expect(a).toMatchObject({
      title: "Storm Floods Town",
      outlet: "Example News",
      url: "https://example.com/s",
      published: "2024-03-05",
      text: "Heavy rain fell.",
    });
  });

  it("takes the article and its metadata from an .html page", () => {
    const html = `<html><head><meta property="og:title" content="Dam Opens"><meta property="og:site_name" content="River News"></head><body><nav>Menu</nav><article><p>The new dam opened on Friday after ten years of work, officials said.</p><p>It will power about 40,000 homes in the valley below the reservoir.</p></article></body></html>`;
    const a = ingest([file("dam.html", html)]).articles[0];
    expect(a).toMatchObject({ format: "html", title: "Dam Opens", outlet: "River News" });
    expect(a?.text).toContain("The new dam opened on Friday");
    expect(a?.text).not.toContain("Menu");
  });

  it("skips an empty file with a warning naming it", () => {
    const r = ingest([file("empty.txt", "  \n")]);
    expect(r.articles).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: "empty.txt",
        outcome: "skipped",
        message: expect.stringMatching(/empty/),
      }),
    ]);
  });

  it("skips a binary file", () => {
    const r = ingest([file("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))]);
    expect(r.articles).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ file: "photo.txt", outcome: "skipped" });
  });

  it("cleans a non-UTF-8 file and says where the first bad byte is", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Title Line Here\n\nOk.\n"),
      0x43,
      0x61,
      0x66,
      0xe9,
    ]);
    const r = ingest([file("latin1.txt", bytes)]);
    expect(r.articles[0]?.text).toContain("Caf\uFFFD");
    expect(r.diagnostics[0]).toMatchObject({ outcome: "cleaned", line: 4 });
  });

  it("writes a title for a single-line file and says so", () => {
    const r = ingest([
      file("one.txt", "The council approved the budget on Tuesday after a long debate."),
    ]);
    expect(r.articles[0]?.titleGenerated).toBe(true);
    expect(r.articles[0]?.title).toBe(
      "The council approved the budget on Tuesday after a long debate",
    );
    expect(r.diagnostics[0]).toMatchObject({ file: "one.txt", outcome: "fallback" });
  });

  it("keeps the body of a file with broken front matter and reports the line", () => {
    const r = ingest([file("bad.md", "---\ntitle: [oops\n---\nThe body survives.")]);
    expect(r.articles[0]?.text).toBe("The body survives.");
    expect(r.diagnostics[0]).toMatchObject({ file: "bad.md", outcome: "fallback", line: 2 });
  });

  it("skips a duplicate article and names the original", () => {
    const r = ingest([file("a.txt", ARTICLE), file("b.txt", ARTICLE)]);
    expect(r.articles.map((a) => a.id)).toEqual(["a"]);
    expect(r.diagnostics[0]).toMatchObject({
      file: "b.txt",
      message: expect.stringContaining("a.txt"),
    });
  });

  it("cuts a very large file at a paragraph boundary and warns", () => {
    const big = `Big File Headline\n\n${"A sentence of text. ".repeat(50).concat("\n").repeat(100)}`;
    const r = ingest([file("big.txt", big)], { maxChars: 10_000 });
    expect(r.articles[0]?.text.length).toBeLessThanOrEqual(10_000);
    expect(r.diagnostics[0]).toMatchObject({ outcome: "cleaned" });
  });

  it("skips a file whose reading goes over the time budget, names it, and keeps the rest", () => {
    // The clock is read before and after each file, in name order: the second file "takes" 90 s.
    const ticks = [0, 1, 1, 90_001, 90_001, 90_002];
    const clock = () => ticks.shift() ?? 90_002;
    const slow = `Slow File Headline\n\n${"A sentence of text. ".repeat(20_000)}`;
    const r = ingest(
      [file("a.txt", ARTICLE), file("b-slow.txt", slow), file("c.txt", `${ARTICLE} More.`)],
      {
        maxChars: 2_000_000,
        budget: { ms: 60_000, clock },
      },
    );
    expect(r.articles.map((a) => a.file)).toEqual(["a.txt", "c.txt"]);
    expect(r.diagnostics).toEqual([
      {
        level: "warning",
        file: "b-slow.txt",
        message: "reading it took 90 s, over the budget of 60 s per article; skipped",
        outcome: "skipped",
      },
    ]);
  });

  it("ignores hidden files and warns about other formats", () => {
    const r = ingest([file(".DS_Store", "x"), file("notes.docx", "x")]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: "notes.docx", outcome: "skipped" }),
    ]);
  });

  it("makes URL-safe, unique ids from file names", () => {
    const r = ingest([
      file("Émile's report.txt", "One article about a vote held on Monday."),
      file("emile-s-report.txt", "Another article about something else entirely."),
    ]);
    expect(r.articles.map((a) => a.id)).toEqual([
      "emile-s-report",
      expect.stringMatching(/^emile-s-report-[0-9a-z]{7}$/),
    ]);
  });

  it("removes boilerplate and keeps the byline", () => {
    const r = ingest([
      file("p.txt", "Vote Passes\nBy Jane Doe\nShare this article\nThe vote passed."),
    ]);
    expect(r.articles[0]?.text).toBe("The vote passed.");
    expect(r.articles[0]?.byline).toBe("Jane Doe");
  });

  it("keeps two files whose names differ only in case, as two sources", () => {
    const r = ingest([
      file("Report.txt", "The council met on Monday to vote on the budget."),
      file("report.txt", "The river rose on Tuesday and closed two roads."),
    ]);
    expect(r.articles.map((a) => a.file)).toEqual(["Report.txt", "report.txt"]);
    expect(new Set(r.articles.map((a) => a.id)).size).toBe(2);
  });

  it("cleans every field after its escapes are decoded: YAML, HTML and Markdown", () => {
    const md = [
      "---",
      'title: "Vote\u202E Held\u0007 Today"',
      'outlet: "Daily\u200B Example"',
      'url: "https://exa\u2066mple.test/a"',
      'byline: "Ann\u00AD Lee"',
      "---",
      "The vote&#x202E; was held&#x200B; on Monday&#0;.",
    ].join("\n");
    const html =
      '<html><head><meta property="og:title" content="Dam&#x202E; Opens&#x2066;"><meta property="og:site_name" content="River&#x7;&#xAD; News"><link rel="canonical" href="https://river.test/&#x202E;dam"></head><body><article><p>The new dam opened on Friday&#x202E; after ten years of work, officials said.</p></article></body></html>';
    const r = ingest([file("a.md", md), file("b.html", html)]);
    expect(r.articles[0]).toMatchObject({
      title: "Vote Held Today",
      outlet: "Daily Example",
      url: "https://example.test/a",
      byline: "Ann Lee",
      text: "The vote was held on Monday\uFFFD.",
    });
    expect(r.articles[1]).toMatchObject({
      title: "Dam Opens",
      outlet: "River News",
      url: "https://river.test/dam",
    });
    expect(r.articles[1]?.text).toBe(
      "The new dam opened on Friday after ten years of work, officials said.",
    );
    const hidden =
      /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/;
    expect(JSON.stringify(r.articles)).not.toMatch(hidden);
    expect(r.diagnostics.filter((d) => /removed/.test(d.message)).map((d) => d.file)).toEqual([
      "a.md",
      "b.html",
    ]);
  });

  it("keeps front matter with a line separator in a quoted value", () => {
    const md = '---\ntitle: "Storm\u2028Hits Coast"\noutlet: Daily Example\n---\nRain fell.';
    const r = ingest([file("s.md", md)]);
    expect(r.articles[0]).toMatchObject({ title: "Storm Hits Coast", outlet: "Daily Example" });
    expect(r.diagnostics.filter((d) => d.outcome === "fallback")).toEqual([]);
  });

  it("reads numeric titles as written, and only http(s) URLs", () => {
    const md =
      "---\ntitle: 007\noutlet: 1e309\nurl: javascript:alert(1)\n---\nRain fell on Monday.";
    const r = ingest([file("n.md", md)]);
    expect(r.articles[0]).toMatchObject({ title: "007", outlet: "1e309", url: null });
    expect(r.diagnostics[0]).toMatchObject({ file: "n.md", message: expect.stringMatching(/url/) });
  });

  it("builds the others when one file's YAML is an alias to nothing", () => {
    const r = ingest([
      file(
        "alias.md",
        "---\ntitle: *nope\n---\nBridge Closes\n\nThe alias article body still counts.",
      ),
      file("good.txt", ARTICLE),
    ]);
    expect(r.articles.map((a) => a.file)).toEqual(["alias.md", "good.txt"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: "alias.md", message: expect.stringMatching(/\*nope/) }),
    ]);
  });

  it("reads UTF-16 articles, with or without a byte order mark", () => {
    const le = (s: string, bom: boolean) =>
      new Uint8Array([
        ...(bom ? [0xff, 0xfe] : []),
        ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
      ]);
    const r = ingest([
      file("a.txt", le(ARTICLE, true)),
      file("b.txt", le(ARTICLE.replace("Monday", "Friday"), false)),
    ]);
    expect(r.articles.map((a) => a.title)).toEqual([
      "Storm Floods Coastal Town",
      "Storm Floods Coastal Town",
    ]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: "b.txt", message: expect.stringMatching(/UTF-16LE/) }),
    ]);
  });

  it("skips a file that fails in an unforeseen way, names it, and keeps the rest", () => {
    const broken = {
      path: "broken.txt",
      get bytes(): Uint8Array {
        throw new Error("disk on fire");
      },
    };
    const r = ingest([broken, file("good.txt", ARTICLE)]);
    expect(r.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: "broken.txt",
        outcome: "skipped",
        message: expect.stringContaining("disk on fire"),
      }),
    ]);
  });

  it("shows a file name cleaned, and keeps a long nested one's id short", () => {
    const long = `${"section/".repeat(50)}re\u202Eport.txt`;
    const r = ingest([file(long, ARTICLE)]);
    expect(r.articles[0]?.file).toBe(long.replace("\u202E", ""));
    expect(r.articles[0]?.id.length).toBeLessThanOrEqual(80);
  });
});
