import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const TMP = join(ROOT, "tests/.tmp");

export interface BuiltSite {
  name: string;
  outDir: string;
  contentDir: string;
  log: string;
}

/**
 * Builds a site the way `npm run build` does, from any seeds folder, into tests/.tmp/<name> so
 * tests never touch the user's dist/ or content/. Each site has a cache folder of its own (a
 * cold build), unless `cacheDir` names another site's (a warm rebuild).
 */
export async function buildSite(
  name: string,
  seedsDir: string,
  cacheDir = join(TMP, name, "cache"),
): Promise<BuiltSite> {
  const outDir = join(TMP, name, "dist");
  const contentDir = join(TMP, name, "content");
  await rm(join(TMP, name), { recursive: true, force: true });
  await mkdir(join(TMP, name), { recursive: true });
  const env = {
    ...process.env,
    TZ: "UTC",
    TRIANGULATE_SEEDS: seedsDir,
    TRIANGULATE_CONTENT: contentDir,
    TRIANGULATE_OUT: outDir,
    TRIANGULATE_CACHE: cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const log = await run(join(ROOT, "node_modules/.bin/astro"), ["build"], env);
  await writeFile(join(TMP, name, "build.log"), log);
  return { name, outDir, contentDir, log };
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? ok(out) : fail(new Error(`${cmd} ${args.join(" ")} failed (${code}):\n${out}`)),
    );
  });
}

/** Every .html file of a built site, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
