import { describe, expect, it } from "vitest";
import { htmlToArticle } from "./html.ts";

const PAGE = `<!doctype html><html lang="en"><head><title>Site | Storm hits</title>
<meta property="og:title" content="Storm Hits Coast">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
<link rel="canonical" href="https://example.test/storm"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
<p>Heavy rain fell on Monday across the region, and officials said rivers rose fast.</p>
<p>Another paragraph of text with enough length to count as content for the reader view.</p>
<script>window.PWNED = 1</script></article>
<footer>Share this article. Subscribe to our newsletter.</footer></body></html>`;

describe("htmlToArticle", () => {
  const a = htmlToArticle(PAGE);

  it("keeps the article's paragraphs and drops navigation, footer and scripts", () => {
    expect(a.text).toContain("Heavy rain fell on Monday across the region");
    expect(a.text.split("\n\n").length).toBeGreaterThanOrEqual(2);
    expect(a.text).not.toMatch(/Subscribe|PWNED|World/);
  });

  it("reads the metadata from the page's tags", () => {
    expect(a).toMatchObject({
      title: "Storm Hits Coast",
      outlet: "Example News",
      url: "https://example.test/storm",
      published: "2024-05-01T10:00:00Z",
    });
  });

  it("returns text, never markup, even from a page that is all markup", () => {
    const r = htmlToArticle("<div><b>Only</b> <i>this</i> line.</div>");
    expect(r.text).toBe("Only this line.");
  });
});

describe("htmlToArticle on hostile pages", () => {
  it("reads 3,000 nested divs in bounded time, and says it flattened them", () => {
    const deep = `<html><body>${"<div>".repeat(3000)}<p>The bridge reopened on Monday after repairs, officials said.</p>${"</div>".repeat(3000)}</body></html>`;
    const t0 = performance.now();
    const r = htmlToArticle(deep);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.text).toContain("The bridge reopened on Monday");
    expect(r.problems[0]).toMatch(/nested 3\d\d\d deep/);
  });

  it("decodes entities in metadata and leaves cleaning to the caller", () => {
    const r = htmlToArticle(
      '<html><head><meta property="og:title" content="Vote&#x202E; Held"></head><body><p>Text.</p></body></html>',
    );
    expect(r.title).toBe("Vote\u202E Held");
  });

  it("shows metadata as written, decoding each entity once", () => {
    const page = (head: string) =>
      htmlToArticle(
        `<html><head>${head}</head><body><p>The harbour reopened on Monday.</p></body></html>`,
      );
    expect(page('<meta property="og:site_name" content="Fish &amp;amp; Chips Daily">').outlet).toBe(
      "Fish &amp; Chips Daily",
    );
    expect(page("<title>Tide &amp;lt;b&amp;gt; Report</title>").title).toBe(
      "Tide &lt;b&gt; Report",
    );
    expect(page('<meta name="author" content="Ann &amp;amp; Bo">').byline).toBe("Ann &amp; Bo");
  });
});
