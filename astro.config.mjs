// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import triangulate from "./src/integration.ts";

// TRIANGULATE_OUT lets tests build several sites (sample, hostile) side by side.
export default defineConfig({
  outDir: process.env.TRIANGULATE_OUT ?? "./dist",
  // TRIANGULATE_CACHE is the build's cache folder: Astro's, and Triangulate's (src/cache/),
  // which TRIANGULATE_CACHE=off turns off.
  cacheDir:
    process.env.TRIANGULATE_CACHE && process.env.TRIANGULATE_CACHE.trim().toLowerCase() !== "off"
      ? process.env.TRIANGULATE_CACHE
      : "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  // One progress line for the pages instead of a line per page; every warning still shown.
  logger: { entrypoint: "./src/build/log-handler.ts" },
  integrations: [
    // Generated prose (story summaries) is MDX in content/summaries/.
    mdx(),
    // latestDate bounds inferred years (an article that says "October 23" with no year).
    triangulate({ seeds: "seeds", content: "content", latestDate: "2026-12-31" }),
  ],
});
