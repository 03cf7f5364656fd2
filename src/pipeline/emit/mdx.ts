import type { Link, Paragraph, Root, RootContent, Text } from "mdast";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown } from "mdast-util-to-markdown";

/**
 * Safe MDX serialization, for the prose emit writes (a story's summary). Seed text is untrusted:
 * pasted into MDX source, a "{" runs code at build time and a "<script>" runs in the reader's
 * browser. So MDX is never assembled from strings. Prose is built as an mdast tree whose seed
 * text lives only in `text` nodes and link URLs, and mdast-util-to-markdown with the MDX
 * extension escapes every character that MDX would otherwise read as syntax.
 */

export const text = (value: string): Text => ({ type: "text", value });

export function link(url: string, value: string): Link {
  return { type: "link", url, children: [text(value)] };
}

export function paragraph(...children: (Text | Link)[]): Paragraph {
  return { type: "paragraph", children };
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
