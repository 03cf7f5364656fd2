import { type Dirent, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { expectedClean, expectedField, isDropped } from "../support/expected-clean.ts";
import { checkSite } from "../support/link-check.ts";
import type { FuzzEntry } from "./generate.ts";

/** One thing the site got wrong, under a class, with the entry that caused it when known. */
export interface Failure {
  cls: string;
  entry?: FuzzEntry;
  detail: string;
}

export interface Built {
  root: string;
  seeds: string;
  content: string;
  dist: string;
}

interface SourceRecord {
  id: string;
  file: string;
  title: string;
  titleGenerated: boolean;
  outlet: string | null;
  url: string | null;
}

/** Everything checked from the files alone (no browser). */
export function checkFiles(site: Built, entries: readonly FuzzEntry[]): Failure[] {
  const sources = readdirSync(join(site.content, "sources")).map(
    (f) => JSON.parse(readFileSync(join(site.content, "sources", f), "utf8")) as SourceRecord,
  );
  const diagnostics = JSON.parse(
    readFileSync(join(site.content, "build/diagnostics.json"), "utf8"),
  ) as { file?: string; message: string }[];
  return [
    ...accounted(entries, sources, diagnostics),
    ...shownExactly(site, entries, sources),
    ...droppedCharacters(site),
    ...links(site),
  ];
}

/** The name a file is shown (and warned about) by. */
const shownName = (e: FuzzEntry) => expectedField(e.path);

/** Every entry is built or named in a warning; none vanishes, and links are never followed. */
function accounted(
  entries: readonly FuzzEntry[],
  sources: readonly SourceRecord[],
  diagnostics: readonly { file?: string }[],
): Failure[] {
  const built = new Set(sources.map((s) => s.file));
  const warned = new Set(diagnostics.map((d) => d.file));
  const out: Failure[] = [];
  for (const e of entries) {
    const name = shownName(e);
    if (e.kind === "symlink" || e.kind === "fifo") {
      if (!warned.has(name)) out.push({ cls: "special-not-named", entry: e, detail: name });
      if (built.has(name)) out.push({ cls: "special-read", entry: e, detail: name });
    } else if (!built.has(name) && !warned.has(name)) {
      out.push({ cls: "vanished", entry: e, detail: `${name}: neither built nor in a warning` });
    }
  }
  const ids = sources.map((s) => s.id);
  if (new Set(ids.map((i) => i.toLowerCase())).size !== ids.length) {
    out.push({ cls: "id-collision", detail: "two sources share an id, ignoring case" });
  }
  return out;
}

/** Titles, outlets and (for .txt) whole texts, in the JSON and on the source pages. */
function shownExactly(
  site: Built,
  entries: readonly FuzzEntry[],
  sources: readonly SourceRecord[],
): Failure[] {
  // Two files can show one name (É and E + U+0301 are one after NFC): either may match.
  const byFile = new Map<string, SourceRecord[]>();
  for (const s of sources) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const data = JSON.parse(readFileSync(join(site.dist, "data/sources.json"), "utf8")) as {
    id: string;
    title: string;
    outlet: string | null;
  }[];
  const dataById = new Map(data.map((d) => [d.id, d]));
  const out: Failure[] = [];
  for (const e of entries) {
    const candidates = (byFile.get(shownName(e)) ?? []).map((record) =>
      shownAs(site, e, record, dataById),
    );
    if (candidates.length > 0 && candidates.every((c) => c.length > 0)) {
      out.push(...(candidates[0] as Failure[]));
    }
  }
  return out;
}

/** What is wrong with how one source record shows entry `e`; empty when nothing. */
function shownAs(
  site: Built,
  e: FuzzEntry,
  record: SourceRecord,
  dataById: ReadonlyMap<string, { title: string; outlet: string | null }>,
): Failure[] {
  const out: Failure[] = [];
  const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
  const pageFile = join(site.dist, "sources", record.id, "index.html");
  if (!existsSync(pageFile)) {
    out.push({ cls: "page-missing", entry: e, detail: `/sources/${record.id}/` });
    return out;
  }
  const { document } = parseHTML(readFileSync(pageFile, "utf8"));
  const h1 = document.querySelector("h1")?.textContent ?? "";
  const fields = [
    ["title", e.expect.title, record.title, dataById.get(record.id)?.title, h1],
    [
      "outlet",
      e.expect.outlet,
      record.outlet,
      dataById.get(record.id)?.outlet,
      document.querySelector(".source-outlet")?.textContent ?? "",
    ],
  ] as const;
  for (const [key, raw, json, listed, html] of fields) {
    const want = raw === undefined ? "" : expectedField(raw);
    if (want === "") continue;
    for (const [where, got] of [
      ["content", json],
      ["data", listed],
      ["page", html],
    ] as const) {
      if (got !== want) {
        out.push({
          cls: `${key}-not-exact`,
          entry: e,
          detail: `${where}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`,
        });
      }
    }
  }
  if (e.expect.text !== undefined) {
    const body = [...document.querySelectorAll(".article-text p")].map((p) => p.textContent);
    const shown = record.titleGenerated ? body.join("\n") : `${h1}\n${body.join("\n")}`;
    if (collapse(shown) !== collapse(expectedClean(e.expect.text))) {
      out.push({ cls: "text-not-exact", entry: e, detail: `/sources/${record.id}/` });
    }
  }
  if (record.url !== null && !/^https?:\/\//.test(record.url)) {
    out.push({ cls: "url-not-http", entry: e, detail: record.url.slice(0, 200) });
  }
  return out;
}

/**
 * No character the README drops appears in any string of the JSON data, or in any text or
 * attribute of a page (tabs and line breaks there are the template's own layout).
 */
function droppedCharacters(site: Built): Failure[] {
  const out: Failure[] = [];
  const bad = (s: string, allowLayout: boolean) => {
    for (const ch of s) {
      const c = ch.codePointAt(0) ?? 0;
      if (allowLayout && (c === 9 || c === 13)) continue;
      if (isDropped(c) || (c >= 0xd800 && c <= 0xdfff)) return c;
    }
    return null;
  };
  const report = (file: string, c: number) =>
    out.push({ cls: "dropped-character-shown", detail: `${file}: U+${hex(c)}` });
  for (const file of walk(site.content, ".json").concat(walk(join(site.dist, "data"), ".json"))) {
    const strings: string[] = [];
    JSON.parse(readFileSync(file, "utf8"), (_k, v) => {
      if (typeof v === "string") strings.push(v);
      return v;
    });
    for (const s of strings) {
      const c = bad(s, false);
      if (c !== null) {
        report(file.slice(site.root.length), c);
        break;
      }
    }
  }
  for (const file of walk(site.dist, ".html")) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    const texts = [document.documentElement?.textContent ?? ""];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) texts.push(a.value);
    }
    const c = bad(texts.join(""), true);
    if (c !== null) report(file.slice(site.root.length), c);
  }
  return out;
}

function links(site: Built): Failure[] {
  const check = checkSite(site.dist);
  return [
    ...check.broken.map((detail) => ({ cls: "broken-link", detail })),
    ...check.missingTargets.map((detail) => ({ cls: "missing-fragment", detail })),
    ...check.unsafe.map((detail) => ({ cls: "unsafe-link", detail })),
  ];
}

/**
 * Nothing outside content/ and dist/ (and Astro's cache folder the fuzz names) was written in
 * the fuzz project, no PWNED_* file anywhere, nothing new in the repository, and no file a
 * link points at (/etc/passwd) reached the site.
 */
export function checkWrites(site: Built, repo: string, repoBefore: ReadonlySet<string>): Failure[] {
  const out: Failure[] = [];
  for (const name of readdirSync(site.root)) {
    if (!["seeds", "content", "dist", "cache", "build.log"].includes(name)) {
      out.push({ cls: "file-written-outside", detail: join(site.root, name) });
    }
  }
  for (const f of repoFiles(repo)) {
    if (!repoBefore.has(f)) out.push({ cls: "file-written-outside", detail: f });
  }
  for (const [dir, depth] of [
    [site.root, 12],
    [repo, 8],
    ["/tmp", 1],
  ] as const) {
    for (const f of walk(dir, "", depth, new Set(["node_modules", ".git"]))) {
      if (f.split("/").pop()?.startsWith("PWNED_")) {
        out.push({ cls: "file-written-by-seed", detail: f });
      }
    }
  }
  for (const file of walk(site.dist, ".html").concat(walk(site.content, ".json"))) {
    if (readFileSync(file, "utf8").includes("root:x:0:0")) {
      out.push({ cls: "link-followed", detail: file });
    }
  }
  return out;
}

/**
 * The repository's files, without dependencies, git, test output and Astro's own working folder
 * (.astro/, where every build writes its prerender chunks: the build runs from the repository).
 */
export function repoFiles(repo: string): Set<string> {
  const skip = new Set(["node_modules", ".git", ".tmp", ".astro", "dist", "content"]);
  return new Set(walk(repo, "", 12, skip));
}

function walk(dir: string, ext: string, depth = 40, skip = new Set<string>()): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (skip.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(path, ext, depth - 1, skip));
    else if (e.name.endsWith(ext)) out.push(path);
  }
  return out;
}

function hex(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, "0");
}
