import { dirname, join } from "node:path";
import { type BuildCache, openBuildCache } from "./build-cache.ts";
import { cachePath } from "./cache-path.ts";
import { codeVersions } from "./code-versions.ts";
import { type FileMirror, openFileMirror } from "./file-mirror.ts";

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

/** A step's mirror of output files (file-mirror.ts) and the step's code version. */
export interface StepMirror {
  files: FileMirror;
  version: string;
}

/**
 * The file mirror of `step` in the build cache's folder (`<step>` beside the cache file), or null
 * when the cache is off or the step's code version cannot be worked out.
 */
export function openMirror(
  root: string,
  step: "embeds",
  renderer: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv = process.env,
): StepMirror | null {
  const path = cachePath(root, env);
  if (path === null) return null;
  let version: string | undefined;
  try {
    version = codeVersions(root, renderer)[step];
  } catch {
    return null; // openCache says why, once
  }
  if (version === undefined) return null;
  return { files: openFileMirror(join(dirname(path), `triangulate-${step}`)), version };
}
