import { type BuildCache, openBuildCache } from "./build-cache.ts";
import { cachePath } from "./cache-path.ts";
import { codeVersions } from "./code-versions.ts";

/**
 * The build cache of the project at `root` (see cachePath), or null when TRIANGULATE_CACHE=off
 * or the code version cannot be worked out (no src/ to hash): then the build does all the work.
 * `renderer` is the PNG renderer's versions (pngRenderer()); the CLI, which draws no PNGs,
 * leaves it out.
 */
export function openCache(
  root: string,
  warn: (message: string) => void,
  renderer: Readonly<Record<string, string>> = {},
  env: NodeJS.ProcessEnv = process.env,
): BuildCache | null {
  const path = cachePath(root, env);
  if (path === null) return null;
  let versions: Readonly<Record<string, string>>;
  try {
    versions = codeVersions(root, renderer);
  } catch (error) {
    warn(`the build cache is off: its code version could not be worked out (${String(error)})`);
    return null;
  }
  return openBuildCache(path, versions, warn);
}
