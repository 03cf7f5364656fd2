import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Dates render the same on every machine: nothing may depend on the local zone.
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          // The first test to touch the tagger, WordNet or the gazetteer loads them (seconds on a
          // busy two-core machine); this bounds a hung test, it does not time anything.
          testTimeout: 30_000,
          include: [
            "src/**/*.test.ts",
            "scripts/**/*.test.ts",
            "tests/golden/**/*.test.ts",
            "tests/quality/**/*.test.ts",
            "tests/architecture/**/*.test.ts",
            "eval/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          // One browser and one set of built sites, shared by every e2e file.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
