import { describe, expect, it } from "vitest";
import { MAX_NESTING, markdownToPlainText, tangled } from "./markdown-body.ts";

const plain = (md: string) => markdownToPlainText(md).text;

describe("markdownToPlainText", () => {
  it("keeps the words and drops the markup", () => {
    expect(plain("# Heading\n\nSome **bold** and [a link](https://x.test).\n\n- one\n- two")).toBe(
      "Heading\n\nSome bold and a link.\n\none\n\ntwo",
    );
  });

  it("joins the lines of a wrapped paragraph, and keeps words apart at a hard break", () => {
    expect(plain("one\ntwo")).toBe("one two");
    expect(plain("one  \ntwo\\\nthree")).toBe("one two three");
  });

  it("drops raw HTML blocks instead of showing them as text", () => {
    expect(plain("<div>\n<script>x()</script>\n</div>\n\nText.")).toBe("Text.");
  });

  it("decodes entities, so the cleaning after it sees the characters they stand for", () => {
    expect(plain("a&#x202E;b &amp; c")).toBe("a\u202Eb & c");
  });

  it("reads a list nested 3,000 deep as plain text, quickly and without recursion", () => {
    const deep = `${"- ".repeat(3000)}item\n\nNext paragraph.`;
    const t0 = performance.now();
    const r = markdownToPlainText(deep);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.problem).toMatch(/nested more than 32 deep; the Markdown was read as plain text/);
    expect(r.text).toContain("Next paragraph.");
  });

  it("still parses lists and quotes nested as deep as the limit", () => {
    const md = `${"> ".repeat(MAX_NESTING - 1)}deep quote`;
    expect(tangled(md)).toBeNull();
    expect(markdownToPlainText(md)).toEqual({ text: "deep quote" });
  });

  it("reads a paragraph of thousands of emphasis marks as plain text", () => {
    const stars = `${"*".repeat(50_000)}x${"*".repeat(50_000)}`;
    const t0 = performance.now();
    const r = markdownToPlainText(stars);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.problem).toMatch(/markup characters/);
    expect(r.text).toBe(stars);
  });

  it("reads indentation that implies deep nesting as plain text", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${" ".repeat(i * 2)}- item ${i}`);
    expect(tangled(lines.join("\n"))).toMatch(/nested/);
  });
});
