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
 * Every entry of one collection (content/<collection>/*.json), in file-name order; none when the
 * folder does not exist (a site with no stories has no claims folder).
 */
export async function readCollection<C extends JsonCollection>(
  files: ContentFiles,
  contentDir: string,
  collection: C,
): Promise<Entry<C>[]> {
  const dir = `${contentDir}/${collection}`;
  let names: string[];
  try {
    names = (await files.listFiles(dir)).map((e) => e.path);
  } catch (error) {
    if (String((error as { code?: unknown }).code ?? error).includes("ENOENT")) return [];
    throw error;
  }
  const schema = JSON_COLLECTIONS[collection];
  const decoder = new TextDecoder();
  const out: Entry<C>[] = [];
  // listFiles sorts by code unit; nested folders are not part of a collection.
  for (const name of names.filter((n) => n.endsWith(".json") && !n.includes("/"))) {
    const path = `${dir}/${name}`;
    const parsed = schema.safeParse(JSON.parse(decoder.decode(await files.readFile(path))));
    if (!parsed.success)
      throw new Error(`${path} does not match its schema: ${parsed.error.message}`);
    out.push(parsed.data as Entry<C>);
  }
  return out;
}
