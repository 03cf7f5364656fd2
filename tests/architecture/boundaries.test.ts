import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The import rules that keep the pipeline one-directional (DESIGN.md), checked on every source
 * file as Starlight checks its own: a broken rule is a failing test, not a review comment.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** The pipeline stages, each a folder of src/pipeline that may import only itself and core/. */
const STAGES = [
  "ingest",
  "extract",
  "resolve",
  "cluster",
  "dates",
  "events",
  "compare",
  "timeline",
  "corrections",
  "emit",
] as const;

interface Import {
  /** The importing file, relative to src/ ("pipeline/cluster/index.ts"). */
  from: string;
  /** What it imports: a path relative to src/ ("core/model.ts"), or a package name. */
  to: string;
  relativeImport: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => relative(SRC, join(e.parentPath, e.name)).split("\\").join("/"));
}

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(SRC, file), "utf8");
  const out: Import[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2]) as string;
    if (spec.startsWith(".")) {
      const target = relative(SRC, resolve(dirname(join(SRC, file)), spec))
        .split("\\")
        .join("/");
      out.push({ from: file, to: target, relativeImport: true });
    } else out.push({ from: file, to: spec, relativeImport: false });
  }
  return out;
}

const isTest = (f: string) => /\.test\.ts$/.test(f);
const all = files(SRC).flatMap(importsOf);
const sources = all.filter((i) => !isTest(i.from));
const stageOf = (path: string) => /^pipeline\/([^/]+)\//.exec(path)?.[1];
const show = (list: Import[]) => list.map((i) => `${i.from} -> ${i.to}`);

describe("import boundaries", () => {
  it("core/ imports nothing else in src/ (tests included), and nothing of Astro", () => {
    const bad = all.filter(
      (i) =>
        i.from.startsWith("core/") &&
        ((i.relativeImport && !i.to.startsWith("core/")) ||
          (!i.relativeImport && i.to.startsWith("astro"))),
    );
    expect(show(bad)).toEqual([]);
  });

  it("a stage imports only core/ and its own folder", () => {
    const bad = sources.filter((i) => {
      const stage = stageOf(i.from);
      if (!stage || !i.relativeImport) return false;
      return !(i.to.startsWith("core/") || i.to.startsWith(`pipeline/${stage}/`));
    });
    expect(show(bad)).toEqual([]);
  });

  it("every folder under src/pipeline is a known stage", () => {
    const folders = readdirSync(join(SRC, "pipeline"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...STAGES].sort());
  });

  it("outside the pipeline, only the orchestrator is imported, never a stage", () => {
    const bad = sources.filter(
      (i) => !i.from.startsWith("pipeline/") && i.relativeImport && stageOf(i.to) !== undefined,
    );
    expect(show(bad)).toEqual([]);
  });

  it("the pipeline never imports the site's layers (lib, charts, search, embed, build, pages)", () => {
    const site = /^(lib|charts|search|embed|build|pages|components|layouts|client)\//;
    const bad = sources.filter(
      (i) =>
        (i.from.startsWith("pipeline/") && i.relativeImport && site.test(i.to)) ||
        (i.from.startsWith("pipeline/") && !i.relativeImport && i.to.startsWith("astro:")),
    );
    expect(show(bad)).toEqual([]);
  });

  it("the build cache (cache/) knows no stage or site layer: core/ and the effects' types only", () => {
    const bad = sources.filter(
      (i) =>
        i.from.startsWith("cache/") &&
        i.relativeImport &&
        !(i.to.startsWith("core/") || i.to.startsWith("cache/") || i.to === "pipeline/effects.ts"),
    );
    expect(show(bad)).toEqual([]);
  });

  it("charts, search and embeds are pure: they import core/ and each other, not Astro's content", () => {
    const bad = sources.filter(
      (i) =>
        /^(charts|search|embed)\//.test(i.from) &&
        ((i.relativeImport && /^(pipeline|lib|build|pages)\//.test(i.to)) ||
          (!i.relativeImport && i.to.startsWith("astro:"))),
    );
    expect(show(bad)).toEqual([]);
  });
});

describe("import graph", () => {
  it("has no cycles", () => {
    const graph = new Map<string, string[]>();
    for (const i of all) {
      if (!i.relativeImport) continue;
      graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === "open")
          cycles.push([...stack.slice(stack.indexOf(t)), t].join(" -> "));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("has no source file over 400 lines", () => {
    const long = files(SRC)
      .filter((f) => !isTest(f))
      .filter((f) => readFileSync(join(SRC, f), "utf8").split("\n").length > 400);
    expect(long).toEqual([]);
  });
});
