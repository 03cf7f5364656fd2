import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, TMP } from "./sites.ts";

/**
 * `triangulate({ content })` in astro.config.mjs moves where the pipeline writes and where the
 * pages read: a real `astro sync` from a config that names its own content folder, with no
 * TRIANGULATE_CONTENT to fall back on.
 */
describe("the integration's content option", () => {
  it("is where the content collections load their entries from", async () => {
    const dir = join(TMP, "content-option");
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, "seeds"), { recursive: true });
    for (const name of ["flood-a.md", "flood-b.md"]) {
      await copyFile(join(ROOT, "tests/fixtures/articles", name), join(dir, "seeds", name));
    }
    const rel = "tests/.tmp/content-option";
    // Astro reads --config relative to --root.
    const config = `${rel}/astro.config.mjs`;
    await writeFile(
      join(ROOT, config),
      `import triangulate from ${JSON.stringify(join(ROOT, "src/integration.ts"))};
export default {
  cacheDir: ${JSON.stringify(join(dir, "cache"))},
  integrations: [
    triangulate({ seeds: "${rel}/seeds", content: "${rel}/generated" }),
  ],
};
`,
    );
    const { TRIANGULATE_CONTENT: _c, TRIANGULATE_SEEDS: _s, ...inherited } = process.env;
    const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: "1" };
    await run(
      join(ROOT, "node_modules/.bin/astro"),
      ["sync", "--config", config, "--root", ROOT],
      env,
    );
    const store = await readFile(join(dir, "cache/data-store.json"), "utf8");
    // Entries record the file they were loaded from, relative to the project root.
    expect(store).toContain(`"${rel}/generated/stories/`);
    expect(store).toContain(`"${rel}/generated/claims/`);
    expect(store).not.toMatch(/"content\/(?:stories|claims)\//);
    // Sources and entities are read by the pages from their files (src/lib/site-maps.ts), in
    // the same folder, not loaded into the store.
    expect(JSON.parse(await readFile(join(dir, "generated/sources/flood-a.json"), "utf8")).id).toBe(
      "flood-a",
    );
    expect(store).not.toContain("/sources/flood-a.json");
  });
});
