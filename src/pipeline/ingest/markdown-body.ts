import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

export interface MarkdownText {
  text: string;
  /** Set when the body was too tangled to parse in bounded time and was read as plain text. */
  problem?: string;
}

/**
 * Markdown whose parse time grows faster than its length is read as plain text instead. The
 * parser's time grows with the cube of list and quote nesting (thousands of levels: minutes) and with
 * the square of emphasis and bracket marks in one paragraph; articles come nowhere near these.
 */
export const MAX_NESTING = 32;
export const MAX_MARKS_PER_PARAGRAPH = 1_000;
export const MAX_MARKS = 20_000;
export const MAX_DEFINITIONS = 500;

const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const MARKS = /[*_[\]`<&]/g;

/** Why this Markdown is read as plain text, or null when it parses in bounded time. */
export function tangled(markdown: string): string | null {
  let marks = 0;
  let paragraphMarks = 0;
  let definitions = 0;
  for (const line of markdown.split("\n")) {
    if (line.trim() === "") {
      paragraphMarks = 0;
      continue;
    }
    let depth = 0;
    let rest = line;
    let columns = 0;
    for (const c of /^[ \t]*/.exec(line)?.[0] ?? "") columns += c === "\t" ? 4 : 1;
    for (let m = CONTAINER.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth + Math.floor(columns / 2) > MAX_NESTING) {
      return `lists or quotes nested more than ${MAX_NESTING} deep`;
    }
    if (/^ {0,3}\[[^\]]*\]:/.test(line) && ++definitions > MAX_DEFINITIONS) {
      return `more than ${MAX_DEFINITIONS} link definitions`;
    }
    const n = line.match(MARKS)?.length ?? 0;
    marks += n;
    paragraphMarks += n;
    if (paragraphMarks > MAX_MARKS_PER_PARAGRAPH) {
      return `more than ${MAX_MARKS_PER_PARAGRAPH} markup characters (*, _, [, ], \`, <, &) in one paragraph`;
    }
    if (marks > MAX_MARKS) return `more than ${MAX_MARKS} markup characters (*, _, [, ], \`, <, &)`;
  }
  return null;
}

/**
 * The plain text of a Markdown article body: one paragraph per block (headings, paragraphs,
 * list items, quotes), with inline markup removed. Links keep their text, images their alt.
 * The tree is walked with a stack, not recursion, so no nesting depth can overflow it.
 */
export function markdownToPlainText(markdown: string): MarkdownText {
  const problem = tangled(markdown);
  if (problem !== null) {
    return { text: markdown, problem: `${problem}; the Markdown was read as plain text` };
  }
  const tree = fromMarkdown(markdown);
  const blocks: string[] = [];
  const stack: Nodes[] = [...tree.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    switch (node.type) {
      case "list":
      case "listItem":
      case "blockquote":
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
        break;
      case "code":
      case "paragraph":
      case "heading":
      case "table":
        blocks.push(textOf(node));
        break;
      default:
        // Raw HTML, thematic breaks, definitions: no article text.
        break;
    }
  }
  return {
    text: blocks
      .map((b) => b.replace(/[ \t]*\n[ \t]*/g, " ").trim())
      .filter((b) => b !== "")
      .join("\n\n"),
  };
}

/** A block's words: text and code as written, images by their alt, raw HTML left out. */
function textOf(root: Nodes): string {
  let out = "";
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "html") continue;
    if (node.type === "break") out += "\n";
    else if ("value" in node) out += node.value;
    else if (node.type === "image") out += node.alt ?? "";
    else if ("children" in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return out;
}
