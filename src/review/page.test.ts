import { describe, expect, it } from "vitest";
import type { ReviewItem } from "./items.ts";
import { reviewPage, reviewText } from "./page.ts";

const item = (over: Partial<ReviewItem> = {}): ReviewItem => ({
  kind: "claim",
  score: 0.42,
  heading: "figure: boats sunk",
  decision: "differ",
  reason: "Source A says 40; Source B says 45.",
  evidence: [
    { source: "Source A", sentence: "Some 40 boats sank <b>overnight</b>.", mark: "40 boats" },
    { source: "Source B", sentence: "Officials said 45 boats sank.", mark: "45 boats" },
  ],
  checked: false,
  snippet: "  - claim: figure-0000001\n    reviewed: true",
  ...over,
});

describe("reviewPage", () => {
  it("escapes the articles' text and marks the words the item is about", () => {
    const html = reviewPage([item()], "Review");
    expect(html).toContain("Some <mark>40 boats</mark> sank &lt;b&gt;overnight&lt;/b&gt;.");
    expect(html).not.toContain("<b>overnight</b>");
  });

  it("gives each item its score, a copy button and the snippet it copies", () => {
    const html = reviewPage([item(), item({ score: null, kind: "title" })], "Review");
    expect(html).toContain(
      '<span class="score" title="the machine\'s own confidence">0.420</span>',
    );
    expect(html).toContain("no score");
    expect(html).toContain('<pre id="fix-1">  - claim: figure-0000001\n    reviewed: true</pre>');
    expect(html).toContain('data-copy="fix-2"');
  });

  it("lists the same in plain text for the terminal", () => {
    const text = reviewText([item({ checked: true })]);
    expect(text).toContain("  1. [0.420] claim: figure: boats sunk (checked)");
    expect(text).toContain("     Source B: Officials said 45 boats sank.");
    expect(text).toContain("     |   - claim: figure-0000001");
  });
});
