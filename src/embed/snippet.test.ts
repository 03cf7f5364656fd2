import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { RESIZE_SCRIPT } from "./resize-script.ts";
import { embedSnippet } from "./snippet.ts";

function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe("embedSnippet", () => {
  const snippet = embedSnippet({
    url: "https://triangulate.example/embed/chart-figures-abc1234/?theme=dark&x=1",
    title: "Figures by source",
    height: 412.3,
  });
  const doc = parse(snippet);
  const frame = doc.querySelector("iframe");

  it("is a sandboxed, lazily loaded iframe followed by the resize script", () => {
    expect(frame?.getAttribute("src")).toBe(
      "https://triangulate.example/embed/chart-figures-abc1234/?theme=dark&x=1",
    );
    expect(frame?.getAttribute("sandbox")).toBe(
      "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads",
    );
    expect(frame?.getAttribute("sandbox")).not.toContain("allow-same-origin");
    expect(frame?.getAttribute("loading")).toBe("lazy");
    expect(frame?.hasAttribute("data-triangulate")).toBe(true);
    expect(frame?.getAttribute("style")).toBe("width:100%;min-width:320px;border:0");
    expect(frame?.getAttribute("height")).toBe("413");
    expect(frame?.getAttribute("title")).toBe("Figures by source");
    expect(doc.querySelector("script")?.textContent).toBe(RESIZE_SCRIPT);
    expect(snippet.split("\n")).toHaveLength(2);
  });

  it("escapes the title and the URL", () => {
    const hostile = embedSnippet({
      url: 'https://triangulate.example/embed/x/?a="><script>alert(1)</script>',
      title: '"><img src=x onerror=alert(1)>',
      height: 300,
    });
    const d = parse(hostile);
    expect(d.querySelectorAll("img")).toHaveLength(0);
    expect(d.querySelectorAll("script")).toHaveLength(1);
    expect(d.querySelector("iframe")?.getAttribute("title")).toBe('"><img src=x onerror=alert(1)>');
  });

  it("refuses URLs that are not absolute http(s)", () => {
    for (const url of ["javascript:alert(1)", "/embed/x/", "data:text/html,hi", ""]) {
      expect(() => embedSnippet({ url, title: "t", height: 300 }), url).toThrow(/http/);
    }
  });

  it("keeps the initial height within the bounds the resize script enforces", () => {
    const h = (height: number) =>
      parse(embedSnippet({ url: "https://a.example/", title: "t", height }))
        .querySelector("iframe")
        ?.getAttribute("height");
    expect(h(10)).toBe("120");
    expect(h(1e6)).toBe("4000");
    expect(h(Number.NaN)).toBe("120");
  });
});
