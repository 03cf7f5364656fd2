import { existsSync, readdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serve } from "../../scripts/serve.ts";
import { chromiumPath } from "./browser.ts";
import { writeHostileSeeds } from "./hostile-seeds.ts";
import { buildSite, ROOT, TMP } from "./sites.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    siteLog: string;
    rebuiltDir: string;
    rebuiltLog: string;
    hostileUrl: string;
    hostileDir: string;
    hostileSeeds: string;
    hostileLog: string;
  }
}

/** Builds the sample site twice (reproducibility) and the hostile site once, and serves them. */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail fast, with the install command, before spending a minute on builds
  const site = await buildSite("site", join(ROOT, "seeds"));
  // The rebuild uses the first build's cache: a warm build must write the same bytes.
  const rebuilt = await buildSite("site-rebuilt", join(ROOT, "seeds"), join(TMP, "site", "cache"));
  const hostileSeeds = join(TMP, "hostile-seeds");
  await writeHostileSeeds(hostileSeeds);
  const hostile = await buildSite("hostile", hostileSeeds);

  const servers: Server[] = [await serve(site.outDir, 0), await serve(hostile.outDir, 0)];
  const url = (s: Server) => {
    const a = s.address();
    return `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  };
  project.provide("siteUrl", url(servers[0] as Server));
  project.provide("siteDir", site.outDir);
  project.provide("siteLog", site.log);
  project.provide("rebuiltDir", rebuilt.outDir);
  project.provide("rebuiltLog", rebuilt.log);
  project.provide("hostileUrl", url(servers[1] as Server));
  project.provide("hostileDir", hostile.outDir);
  project.provide("hostileSeeds", hostileSeeds);
  project.provide("hostileLog", hostile.log);
  return async () => {
    await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  };
}

export function pwnedFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (!existsSync(dir) || depth > 6) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === "node_modules" || e.name === ".git") continue;
      if (e.name.startsWith("PWNED_")) found.push(join(dir, e.name));
      if (e.isDirectory()) walk(join(dir, e.name), depth + 1);
    }
  };
  walk(ROOT, 0);
  walk("/tmp", 1);
  return found;
}
