import { describe, expect, it } from "vitest";
import { DEFAULT_SITE, embedHeight, publicOrigin, siteOrigin, siteUrl } from "./embed-urls.ts";

describe("siteOrigin", () => {
  it("uses TRIANGULATE_SITE's origin, dropping any path", () => {
    expect(siteOrigin({ TRIANGULATE_SITE: "https://news.example.org/explainers/" })).toBe(
      "https://news.example.org",
    );
  });
  it("falls back to the local server's address", () => {
    expect(siteOrigin({})).toBe(DEFAULT_SITE);
  });
  it("refuses a value that is not an absolute URL, naming it", () => {
    expect(() => siteOrigin({ TRIANGULATE_SITE: "news.example.org" })).toThrow(
      /news\.example\.org/,
    );
  });
});

describe("embedHeight", () => {
  it("grows with the chart's height", () => {
    const short = embedHeight('<svg viewBox="0 0 360 100">');
    const tall = embedHeight('<svg viewBox="0 0 360 600">');
    expect(tall).toBeGreaterThan(short);
    expect(short).toBeGreaterThan(100);
  });
});

describe("siteUrl", () => {
  it("is absolute when the public address is set", () => {
    const env = { TRIANGULATE_SITE: "https://news.example.org/" };
    expect(siteUrl("/stories/a/", env)).toBe("https://news.example.org/stories/a/");
    expect(publicOrigin(env)).toBe("https://news.example.org");
  });
  it("stays root-relative in a local build, which has no public address", () => {
    expect(siteUrl("/stories/a/", {})).toBe("/stories/a/");
    expect(publicOrigin({ TRIANGULATE_SITE: "  " })).toBeNull();
  });
});
