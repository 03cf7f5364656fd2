import { isAbsolute, join, resolve } from "node:path";

/** The cache file inside a TRIANGULATE_CACHE folder. */
export const CACHE_FILE = "triangulate.sqlite";

/**
 * Where the build cache lives, or null when it is off. By default in node_modules/.cache, so a
 * fresh clone or `git clean` starts cold and nothing of it is ever committed. TRIANGULATE_CACHE
 * names the build's cache folder (Astro keeps its own cache there too, see astro.config.mjs),
 * and TRIANGULATE_CACHE=off builds without the cache.
 */
export function cachePath(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const asked = env.TRIANGULATE_CACHE?.trim() ?? "";
  if (asked.toLowerCase() === "off") return null;
  if (asked === "") return join(root, "node_modules/.cache/triangulate/cache.sqlite");
  return join(isAbsolute(asked) ? asked : resolve(root, asked), CACHE_FILE);
}
