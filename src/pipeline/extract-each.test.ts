import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { gazetteerPlaces } from "../core/geo/places.ts";
import type { Article } from "../core/model.ts";
import type { StepCache } from "./effects.ts";
import { extract } from "./extract/index.ts";
import { extractEach } from "./extract-each.ts";
import { defaultIngestOptions, ingest } from "./ingest/index.ts";

vi.mock("./extract/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./extract/index.ts")>();
  return { ...real, extract: vi.fn(real.extract) };
});

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/articles");
const articles: Article[] = ingest(
  readdirSync(FIXTURES)
    .sort()
    .map((name) => ({ path: name, bytes: readFileSync(join(FIXTURES, name)) })),
  defaultIngestOptions,
).articles;

/** A cache in a Map, stored as the SQLite one stores it (text), so results go through JSON. */
function memoryCache(): StepCache & { rows: Map<string, string | Uint8Array> } {
  const rows = new Map<string, string | Uint8Array>();
  return {
    rows,
    get: (step, input) => rows.get(`${step}\0${input}`),
    set: (step, input, value) => void rows.set(`${step}\0${input}`, value),
  };
}

beforeEach(() => {
  vi.mocked(extract).mockClear();
});

describe("extractEach with the build cache", () => {
  it("a warm run extracts nothing and gives facts deep-equal to a fresh extraction", () => {
    expect(articles.length).toBeGreaterThan(10);
    const cache = memoryCache();
    const cold = extractEach(articles, [], { places: gazetteerPlaces, cache });
    expect(cold.fromCache).toBe(0);
    expect(vi.mocked(extract)).toHaveBeenCalledTimes(articles.length);
    expect(cache.rows.size).toBe(articles.length);

    vi.mocked(extract).mockClear();
    const warm = extractEach(articles, [], { places: gazetteerPlaces, cache });
    expect(vi.mocked(extract)).not.toHaveBeenCalled();
    expect(warm.fromCache).toBe(articles.length);
    const fresh = extractEach(articles, [], { places: gazetteerPlaces });
    expect(warm.facts).toStrictEqual(fresh.facts);
  });

  it("changing one article extracts that article again and no other", () => {
    const cache = memoryCache();
    extractEach(articles, [], { places: gazetteerPlaces, cache });
    const edited = articles.map((a, i) =>
      i === 3 ? { ...a, text: `${a.text} One more sentence was added.` } : a,
    );
    vi.mocked(extract).mockClear();
    const warm = extractEach(edited, [], { places: gazetteerPlaces, cache });
    expect(warm.fromCache).toBe(articles.length - 1);
    expect(vi.mocked(extract)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(extract).mock.calls[0]?.[0].text).toContain("One more sentence was added.");
  });

  it("caches nothing with another gazetteer, or when an extraction ran over its budget", () => {
    const cache = memoryCache();
    const small = { ...gazetteerPlaces };
    extractEach(articles.slice(0, 2), [], { places: small, cache });
    expect(cache.rows.size).toBe(0);
    let now = 0;
    const slow = { ms: 10, clock: () => (now += 100) };
    const problems: import("../core/model.ts").Diagnostic[] = [];
    extractEach(articles.slice(0, 2), problems, { places: gazetteerPlaces, cache, budget: slow });
    expect(problems).toHaveLength(2);
    expect(cache.rows.size).toBe(0);
  });

  it("a stored value that does not parse is extracted again", () => {
    const cache = memoryCache();
    extractEach(articles.slice(0, 1), [], { places: gazetteerPlaces, cache });
    for (const k of cache.rows.keys()) cache.rows.set(k, "{not json");
    const again = extractEach(articles.slice(0, 1), [], { places: gazetteerPlaces, cache });
    expect(again.fromCache).toBe(0);
    expect(again.facts[0]?.names.length).toBeGreaterThan(0);
  });
});
