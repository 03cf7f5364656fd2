import type { Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";

/**
 * The plain text of a Markdown article body: one paragraph per block (headings, paragraphs,
 * list items, quotes), with inline markup removed. Links keep their text, images their alt.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const blocks: string[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case "list":
      case "listItem":
      case "blockquote":
        for (const child of node.children) visit(child);
        return;
      case "code":
      case "html":
      case "paragraph":
      case "heading":
      case "table":
        blocks.push(textOf(node));
        return;
      default:
        return;
    }
  };
  for (const child of tree.children) visit(child);
  return blocks
    .map((b) => b.replace(/[ \t]*\n[ \t]*/g, " ").trim())
    .filter((b) => b !== "")
    .join("\n\n");
}

function textOf(node: Nodes): string {
  return mdastToString(node, { includeImageAlt: true, includeHtml: false });
}
