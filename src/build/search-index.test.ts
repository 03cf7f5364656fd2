import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchedGlob } from "./search-index.ts";

function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "site-"));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), "<html></html>");
  }
  return dir;
}

describe("searchedGlob", () => {
  it("reads the site's pages and leaves out embeds, scripts, data and the index", () => {
    const dir = site([
      "index.html",
      "404.html",
      "favicon.svg",
      "stories/harbour-fire/index.html",
      "people/ana-ortiz/index.html",
      "embed/harbour-fire-figures/index.html",
      "_astro/search.js",
      "data/stories.json",
      "pagefind/pagefind.js",
    ]);
    expect(searchedGlob(dir)).toBe("{404.html,index.html,people/**/*.html,stories/**/*.html}");
  });

  it("still names something to read in a site with no pages", () => {
    expect(searchedGlob(site(["favicon.svg"]))).toBe("*.html");
  });
});
