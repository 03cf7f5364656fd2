/**
 * The one reader of content/ outside Astro: plain JSON files, checked against the schemas the
 * content collections use (src/core/model/collections.ts), so the integration's steps (the
 * charts before the pages, the embeds after them) see exactly what the pages see.
 */
import { JSON_COLLECTIONS, type JsonCollection } from "../core/model.ts";
import type { Effects } from "../pipeline/effects.ts";

export type ContentFiles = Pick<Effects, "listFiles" | "readFile">;

type Entry<C extends JsonCollection> = ReturnType<(typeof JSON_COLLECTIONS)[C]["parse"]>;

/**
 * The file names of one collection (content/<collection>/*.json), in code-unit order; none when
 * the folder does not exist (a site with no stories has no claims folder).
 */
export async function collectionFiles(
  files: ContentFiles,
  contentDir: string,
  collection: JsonCollection,
): Promise<string[]> {
  let names: string[];
  try {
    names = (await files.listFiles(`${contentDir}/${collection}`)).map((e) => e.path);
  } catch (error) {
    if (String((error as { code?: unknown }).code ?? error).includes("ENOENT")) return [];
    throw error;
  }
  // listFiles sorts by code unit; nested folders are not part of a collection.
  return names.filter((n) => n.endsWith(".json") && !n.includes("/"));
}

/** One file of a collection, checked against the collection's schema. */
export async function readEntry<C extends JsonCollection>(
  files: ContentFiles,
  contentDir: string,
  collection: C,
  name: string,
): Promise<Entry<C>> {
  const path = `${contentDir}/${collection}/${name}`;
  return parseEntry(collection, path, await files.readFile(path));
}

/** One file of a collection, already read from `path`, checked against the collection's schema. */
export function parseEntry<C extends JsonCollection>(
  collection: C,
  path: string,
  bytes: Uint8Array,
): Entry<C> {
  const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
  const parsed = JSON_COLLECTIONS[collection].safeParse(data);
  if (!parsed.success)
    throw new Error(`${path} does not match its schema: ${parsed.error.message}`);
  return parsed.data as Entry<C>;
}

/** Every entry of one collection, in file-name order (see collectionFiles). */
export async function readCollection<C extends JsonCollection>(
  files: ContentFiles,
  contentDir: string,
  collection: C,
): Promise<Entry<C>[]> {
  const out: Entry<C>[] = [];
  for (const name of await collectionFiles(files, contentDir, collection)) {
    out.push(await readEntry(files, contentDir, collection, name));
  }
  return out;
}
