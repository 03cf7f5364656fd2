/**
 * The loader of content/summaries/: each story's summary, MDX that emit wrote (pipeline/emit/
 * mdx.ts), rendered to HTML once when the content is synced.
 *
 * Why not Astro's glob loader: it makes every .mdx file a module of the Vite build, compiled on
 * every build. At 1,000 articles that was half the bundling time (5.4 s against 2.7 s) and at
 * 10,000 thousands of modules held in memory at once. A summary is generated prose (paragraphs,
 * text and links, no imports, expressions or components), so it is read with the MDX grammar
 * (micromark's MDX extension, the one the MDX compiler uses) and turned into HTML through
 * mdast and hast; the entry's `rendered.html` is what `render(entry)` shows.
 *
 * A file that is not such prose (an import, an expression, a component: a hand edit, or a bug in
 * emit) is not shown: the story page goes without its summary and the build says which file.
 */

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { toHtml } from "hast-util-to-html";
import type { Nodes as MdastNodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toHast } from "mdast-util-to-hast";
import { mdxjs } from "micromark-extension-mdxjs";

/** The node types a summary is made of (pipeline/emit/mdx.ts builds nothing else). */
const PROSE = new Set(["root", "paragraph", "text", "link", "emphasis", "strong", "break"]);
/** Where a summary's links may point: within the page, within the site, or out on the web. */
const SAFE_URL = /^(#|\/(?!\/)|https?:\/\/)/i;

/** The summary's front matter (a JSON object, which emit writes) and its MDX body. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) throw new Error("it has no front matter (a --- block first)");
  let data: unknown;
  try {
    data = JSON.parse(m[1] as string);
  } catch {
    throw new Error("its front matter is not the JSON object emit writes");
  }
  return { data, body: text.slice(m[0].length) };
}

/**
 * A summary's MDX body as HTML. Throws, saying where, when the body holds anything but prose:
 * an import or export, an {expression}, a <Component>, raw HTML, or a link to another scheme.
 */
export function summaryHtml(body: string): string {
  const tree: Root = fromMarkdown(body, {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const check = (node: MdastNodes) => {
    const line = node.position?.start.line;
    const at = line === undefined ? "" : ` (line ${line} of the body)`;
    if (!PROSE.has(node.type)) throw new Error(`it holds ${node.type}${at}, not prose`);
    if (node.type === "link" && !SAFE_URL.test(node.url))
      throw new Error(`it links to ${JSON.stringify(node.url.slice(0, 40))}${at}`);
    if ("children" in node) for (const child of node.children) check(child);
  };
  check(tree);
  return toHtml(toHast(tree));
}

/**
 * What an entry's HTML is made by, beside its file: this module's own reading and rendering
 * code, so an entry rendered by other code is never kept (Astro clears the store itself when
 * Astro or the content config changes, not when this module does).
 */
const RENDERER = [String(splitFrontMatter), String(summaryHtml), [...PROSE].join(), SAFE_URL].join(
  "\0",
);

/**
 * The loader: every `*.mdx` in `dir`, in name order, as an entry with its front matter as data
 * (checked by the collection's schema), its body, and its HTML. An entry whose file and
 * renderer are unchanged since the last sync is kept as it is, as Astro's glob loader does:
 * at 10,000 articles rendering every summary again took 2.4 s.
 */
export function summaryLoader(dir: URL): Loader {
  return {
    name: "triangulate-summaries",
    async load({ store, parseData, generateDigest, logger }) {
      const path = fileURLToPath(dir);
      const names = (await readdir(path).catch(() => [] as string[]))
        .filter((n) => n.endsWith(".mdx"))
        .sort();
      const kept = new Set<string>();
      for (const name of names) {
        const file = join(path, name);
        const text = await readFile(file, "utf8");
        const id = name.slice(0, -".mdx".length);
        const digest = generateDigest(`${RENDERER}\0${text}`);
        if (store.get(id)?.digest === digest) {
          kept.add(id);
          continue;
        }
        let read: { data: unknown; body: string; html: string };
        try {
          const { data, body } = splitFrontMatter(text);
          read = { data, body, html: summaryHtml(body) };
        } catch (error) {
          logger.warn(
            `${file}: ${error instanceof Error ? error.message : String(error)}; the story is shown without its summary`,
          );
          continue;
        }
        const data = await parseData({
          id,
          data: read.data as Record<string, unknown>,
          filePath: file,
        });
        store.set({
          id,
          data,
          body: read.body,
          rendered: { html: read.html },
          digest,
        });
        kept.add(id);
      }
      // Summaries whose file is gone, or no longer reads as prose.
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
    },
  };
}
