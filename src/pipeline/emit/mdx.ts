import type { BlockContent, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";

/**
 * Safe MDX serialization. Seed text is untrusted: pasted into MDX source, a "{" runs code at
 * build time and a "<script>" runs in the reader's browser. So MDX is never assembled from
 * strings. Pages are built as mdast trees whose seed text lives only in `text` nodes and string
 * attributes, and mdast-util-to-markdown with the MDX extension escapes every character that
 * MDX would otherwise read as syntax.
 */

export const text = (value: string) => ({ type: "text" as const, value });

export function paragraph(...children: ReturnType<typeof text | typeof link>[]): RootContent {
  return { type: "paragraph", children };
}

export function heading(depth: 2 | 3, value: string): RootContent {
  return { type: "heading", depth, children: [text(value)] };
}

export function link(url: string, value: string) {
  return { type: "link" as const, url, children: [text(value)] };
}

export function blockquote(value: string): RootContent {
  return { type: "blockquote", children: [paragraph(text(value)) as BlockContent] };
}

/**
 * mdast-util-mdx does not escape a line of prose that starts with "import " or "export ", which
 * MDX would parse (and run) as an ES module statement. Escaping the first letter as a character
 * reference keeps it text.
 */
const ESM_AT_LINE_START = [
  { character: "i", atBreak: true, after: "mport\\b" },
  { character: "e", atBreak: true, after: "xport\\b" },
];

/** A component call such as `<StorySources slug="..." />`; attribute values are strings only. */
export function component(name: string, attributes: Record<string, string>): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes).map(([key, value]) => ({
    type: "mdxJsxAttribute",
    name: key,
    value,
  }));
  return { type: "mdxJsxFlowElement", name, attributes: attrs, children: [] };
}

/**
 * Front matter as a single JSON object, which is valid YAML. Every non-ASCII character is
 * written as a \u escape, so no line break or lookalike character can end the block early.
 */
export function frontMatter(data: Record<string, unknown>): string {
  const json = JSON.stringify(data).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `---\n${json}\n---\n`;
}

export function toMdx(data: Record<string, unknown>, children: RootContent[]): string {
  const tree: Root = { type: "root", children };
  const body = toMarkdown(tree, {
    extensions: [mdxToMarkdown(), { unsafe: ESM_AT_LINE_START }],
    bullet: "-",
  });
  return `${frontMatter(data)}\n${body}`;
}
