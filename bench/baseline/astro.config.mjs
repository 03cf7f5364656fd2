// @ts-check
// The baseline the benchmark compares Triangulate with: plain Astro rendering the same seed
// files as pages, and Pagefind indexing them. No extraction, no comparison, no charts.
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? "./dist",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
