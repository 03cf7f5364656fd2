import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegrationLogger } from "astro";
import { afterEach, describe, expect, it, vi } from "vitest";
import triangulate, {
  articleBudget,
  CONTENT_DIR_MODULE,
  missingSiteWarning,
  resolveDirs,
  strict,
} from "./integration.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("resolveDirs", () => {
  it("resolves the options against the project root", () => {
    vi.stubEnv("TRIANGULATE_SEEDS", undefined);
    vi.stubEnv("TRIANGULATE_CONTENT", undefined);
    expect(resolveDirs("/site", { seeds: "articles", content: "out/content" })).toEqual({
      seeds: "/site/articles",
      content: "/site/out/content",
    });
    expect(resolveDirs("/site")).toEqual({ seeds: "/site/seeds", content: "/site/content" });
  });

  it("lets the environment override the options", () => {
    vi.stubEnv("TRIANGULATE_CONTENT", "/elsewhere/content");
    expect(resolveDirs("/site", { content: "out" }).content).toBe("/elsewhere/content");
  });
});

/** The module Vite serves the content collections, after the integration's setup hook. */
async function contentDirModule(options: Parameters<typeof triangulate>[0], root: string) {
  const hook = triangulate(options).hooks["astro:config:setup"];
  let plugins: { resolveId(id: string): string | undefined; load(id: string): unknown }[] = [];
  // "preview" runs no pipeline: only the hook's wiring is under test here.
  await hook?.({
    config: { root: pathToFileURL(`${root}/`) },
    command: "preview",
    logger: {} as AstroIntegrationLogger,
    addWatchFile: () => {},
    updateConfig: (c: { vite: { plugins: typeof plugins } }) => {
      plugins = c.vite.plugins;
    },
  } as never);
  const plugin = plugins[0];
  const id = plugin?.resolveId(CONTENT_DIR_MODULE);
  return id === undefined ? undefined : plugin?.load(id);
}

describe("the content folder the collections read", () => {
  it("is the integration's `content` option", async () => {
    vi.stubEnv("TRIANGULATE_CONTENT", undefined);
    const code = await contentDirModule({ content: "generated" }, "/site");
    expect(code).toBe(
      `export const contentDir = ${JSON.stringify(pathToFileURL("/site/generated/").href)};\n`,
    );
  });

  it("follows TRIANGULATE_CONTENT when it is set, as the pipeline does", async () => {
    vi.stubEnv("TRIANGULATE_CONTENT", join("/tmp", "built", "content"));
    const code = await contentDirModule({ content: "generated" }, "/site");
    expect(code).toContain(JSON.stringify(pathToFileURL("/tmp/built/content/").href));
  });
});

describe("the build's warning without TRIANGULATE_SITE", () => {
  it("says what needs the address and how to give it, in one message", () => {
    const text = missingSiteWarning(6);
    expect(text).toMatch(/^TRIANGULATE_SITE is not set\./);
    expect(text).toContain("6 charts point to http://127.0.0.1:4321");
    expect(text).toContain("TRIANGULATE_SITE=https://");
    expect(text.split("\n")).toHaveLength(1);
  });
});

describe("strict", () => {
  it("fails a build on warnings only when asked, by flag or environment", () => {
    expect(strict(["node", "astro", "build"], {})).toBe(false);
    expect(strict(["node", "astro", "build", "--strict"], {})).toBe(true);
    expect(strict([], { TRIANGULATE_STRICT: "1" })).toBe(true);
    expect(strict([], { TRIANGULATE_STRICT: "0" })).toBe(false);
    expect(strict([], { TRIANGULATE_STRICT: "" })).toBe(false);
  });
});

describe("articleBudget", () => {
  it("reads seconds per article from TRIANGULATE_ARTICLE_BUDGET, 0 turning it off", () => {
    expect(articleBudget({ TRIANGULATE_ARTICLE_BUDGET: "5" })).toEqual({ articleBudgetMs: 5_000 });
    expect(articleBudget({ TRIANGULATE_ARTICLE_BUDGET: "0" })).toEqual({ articleBudgetMs: 0 });
    expect(articleBudget({ TRIANGULATE_ARTICLE_BUDGET: "soon" })).toEqual({});
    expect(articleBudget({ TRIANGULATE_ARTICLE_BUDGET: "-1" })).toEqual({});
    expect(articleBudget({})).toEqual({});
  });
});
