// @ts-check
import { defineConfig } from "astro/config";
import triangulate from "./src/integration.ts";

const cacheOff = process.env.TRIANGULATE_CACHE?.trim().toLowerCase() === "off";

// TRIANGULATE_OUT lets tests build several sites (sample, hostile) side by side.
export default defineConfig({
  outDir: process.env.TRIANGULATE_OUT ?? "./dist",
  // TRIANGULATE_CACHE is the build's cache folder: Astro's, and Triangulate's (src/cache/),
  // which TRIANGULATE_CACHE=off turns off.
  cacheDir:
    process.env.TRIANGULATE_CACHE && !cacheOff
      ? process.env.TRIANGULATE_CACHE
      : "./node_modules/.astro",
  // A page whose getStaticPaths entry has a cacheKey (src/lib/page-data.ts: source and entity
  // pages) is copied from the last build when the key and the page's code are unchanged. Off
  // with the cache, so TRIANGULATE_CACHE=off renders every page.
  experimental: { incrementalBuild: !cacheOff },
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // One progress line for the pages instead of a line per page; every warning still shown.
  logger: { entrypoint: "./src/build/log-handler.ts" },
  integrations: [
    // latestDate bounds inferred years (an article that says "October 23" with no year).
    triangulate({ seeds: "seeds", content: "content", latestDate: "2026-12-31" }),
  ],
});
