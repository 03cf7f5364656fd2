import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildSite, ROOT, TMP } from "./sites.ts";

/**
 * A rebuild after one article is edited, with the cache of the build before: Astro copies
 * source, entity, story and story-timeline pages whose cacheKey is unchanged (src/lib/page-data.ts), Triangulate puts
 * back unchanged embed folders and cached facts. The site must be the one a cold build of the
 * edited seeds writes, byte for byte, and the edited article's page must show the edit.
 */
const CACHE = join(TMP, "incremental-cache");
// Invented: a new sentence with a new person and place, so other pages change too.
const EDIT = "\n\nOfficials in Nordvik said Maria Hansen of the Harbour Council would visit.\n";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let before: string;
let warm: BuiltSite;
let cold: BuiltSite;
let edited: string;

beforeAll(async () => {
  const seeds = join(TMP, "incremental-seeds");
  rmSync(seeds, { recursive: true, force: true });
  rmSync(CACHE, { recursive: true, force: true });
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  // The same site name (and so content folder) both times, as `npm run build` twice would.
  const first = await buildSite("incremental", seeds, CACHE);
  before = join(TMP, "incremental-before");
  rmSync(before, { recursive: true, force: true });
  cpSync(first.outDir, before, { recursive: true });
  edited = (readdirSync(seeds).sort()[0] as string).replace(/\.[^.]+$/, "");
  appendFileSync(join(seeds, readdirSync(seeds).sort()[0] as string), EDIT);
  warm = await buildSite("incremental", seeds, CACHE);
  cold = await buildSite("incremental-cold", seeds);
});

describe("incremental rebuild after one article is edited", () => {
  it("writes the same site as a cold build of the edited seeds", () => {
    const list = files(cold.outDir);
    expect(files(warm.outDir)).toEqual(list);
    const different = list.filter(
      (f) => !readFileSync(join(warm.outDir, f)).equals(readFileSync(join(cold.outDir, f))),
    );
    expect(different).toEqual([]);
  });

  it("shows the edit on the edited article's page, which the build before did not", () => {
    const page = (dir: string) => readFileSync(join(dir, "sources", edited, "index.html"), "utf8");
    expect(page(before)).not.toContain("Harbour Council");
    expect(page(warm.outDir)).toContain("Harbour Council");
  });

  it("had source, entity, story and timeline pages keyed for reuse in the cache it started from", () => {
    const manifest = JSON.parse(readFileSync(join(CACHE, "incremental-build.json"), "utf8")) as {
      routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
    };
    const keyed = Object.keys(manifest.routes).sort();
    expect(keyed).toEqual([
      "src/pages/[section]/[slug].astro",
      "src/pages/sources/[id].astro",
      "src/pages/stories/[slug].astro",
      "src/pages/timeline/[story].astro",
    ]);
    const sources = Object.keys(manifest.routes["src/pages/sources/[id].astro"]?.paths ?? {});
    expect(sources).toContain(`/sources/${edited}/`);
  });
});
