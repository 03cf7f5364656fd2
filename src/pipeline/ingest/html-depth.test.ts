import { describe, expect, it } from "vitest";
import { flattenDeepHtml } from "./html-depth.ts";

describe("flattenDeepHtml", () => {
  it("leaves a page within the limit as it is", () => {
    const html = "<html><body><article><p>One<p>Two</article></body></html>";
    expect(flattenDeepHtml(html)).toEqual({ html, depth: 4, removed: 0 });
  });

  it("unwraps elements past the limit and keeps their text", () => {
    const r = flattenDeepHtml("<div><div><div><b>deep</b> text</div></div></div>", 2);
    expect(r.removed).toBe(4);
    expect(r.html.replace(/\s+/g, " ")).toBe("<div><div> deep text </div></div>");
  });

  it("counts implied end tags and void elements as a parser does", () => {
    const paragraphs = `<div>${"<p>para<br><img src=x>".repeat(500)}</div>`;
    expect(flattenDeepHtml(paragraphs, 3)).toMatchObject({ depth: 2, removed: 0 });
    const items = `<ul>${"<li>item".repeat(500)}</ul>`;
    expect(flattenDeepHtml(items, 3)).toMatchObject({ depth: 2, removed: 0 });
  });

  it("does not read tags inside scripts, styles or comments", () => {
    const html = `<p><script>"${"<div>".repeat(50)}"</script><!-- <div><div> --></p>`;
    expect(flattenDeepHtml(html, 3)).toMatchObject({ depth: 2, removed: 0 });
  });

  it("flattens 100,000 nested divs in linear time", () => {
    const deep = `${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}`;
    const t0 = performance.now();
    const r = flattenDeepHtml(deep);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.depth).toBe(100_000);
    expect(r.html).toContain("x");
    expect(flattenDeepHtml(r.html).depth).toBe(100);
  });
});
