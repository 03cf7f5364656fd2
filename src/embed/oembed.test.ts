import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { oembedJson, oembedLink, oembedLinkTag } from "./oembed.ts";
import { embedSnippet } from "./snippet.ts";

const BASE = {
  title: "Figures by source",
  url: "https://triangulate.example/embed/chart-figures-abc1234/",
  width: 600,
  height: 480,
  providerName: "Triangulate",
  providerUrl: "https://triangulate.example/",
};

describe("oembedJson", () => {
  it("is a rich oEmbed 1.0 response whose html is the embed snippet", () => {
    const text = oembedJson(BASE);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual({
      type: "rich",
      version: "1.0",
      title: "Figures by source",
      provider_name: "Triangulate",
      provider_url: "https://triangulate.example/",
      html: embedSnippet({ url: BASE.url, title: BASE.title, height: 480 }),
      width: 600,
      height: 480,
    });
  });

  it("uses given html, and adds a thumbnail only with all three fields", () => {
    const json = JSON.parse(
      oembedJson({
        ...BASE,
        html: "<iframe></iframe>",
        thumbnail: {
          url: "https://triangulate.example/embed/x/chart.png",
          width: 720,
          height: 960,
        },
      }),
    );
    expect(json.html).toBe("<iframe></iframe>");
    expect(json.thumbnail_url).toBe("https://triangulate.example/embed/x/chart.png");
    expect([json.thumbnail_width, json.thumbnail_height]).toEqual([720, 960]);
    expect(JSON.parse(oembedJson(BASE)).thumbnail_url).toBeUndefined();
  });

  it("keeps hostile titles as data", () => {
    const title = '"}<script>alert(1)</script>';
    const json = JSON.parse(oembedJson({ ...BASE, title }));
    expect(json.title).toBe(title);
    expect(json.html).not.toContain("<script>alert");
  });

  it("rejects sizes oEmbed cannot carry and non-http provider URLs", () => {
    expect(() => oembedJson({ ...BASE, width: 0 })).toThrow(/width/);
    expect(() => oembedJson({ ...BASE, height: 10.5 })).toThrow(/height/);
    expect(() => oembedJson({ ...BASE, providerUrl: "javascript:alert(1)" })).toThrow(/http/);
  });
});

describe("oembed discovery link", () => {
  const href = "https://triangulate.example/embed/x/oembed.json";
  it("describes a JSON oEmbed alternate", () => {
    expect(oembedLink({ href, title: "T" })).toEqual({
      rel: "alternate",
      type: "application/json+oembed",
      href,
      title: "T",
    });
  });

  it("renders as an escaped <link>", () => {
    const tag = oembedLinkTag({ href, title: '"><script>x</script>' });
    const { document } = parseHTML(`<!doctype html><html><head>${tag}</head></html>`);
    const link = document.querySelector("link");
    expect(link?.getAttribute("type")).toBe("application/json+oembed");
    expect(link?.getAttribute("title")).toBe('"><script>x</script>');
    expect(document.querySelector("script")).toBeNull();
  });
});
