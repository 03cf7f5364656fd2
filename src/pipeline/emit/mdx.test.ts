import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hostileInputs } from "../../../tests/support/hostile.ts";
import { cleanText } from "../ingest/clean-text.ts";
import { blockquote, component, heading, paragraph, text, toMdx } from "./mdx.ts";

/** Parses MDX the way @astrojs/mdx does (no GFM) and returns node types and the text. */
function reparse(mdx: string) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const tree = fromMarkdown(body ?? "", {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const types = new Set<string>();
  const texts: string[] = [];
  const walk = (n: Nodes) => {
    types.add(n.type);
    if (n.type === "text") texts.push(n.value);
    if ("children" in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return { front: parse(front ?? ""), types, text: texts.join("|") };
}

// Every hostile input that is text (invalid bytes are the cleaner's business, not MDX's).
const hostile = hostileInputs().map((e) => [e.id, new TextDecoder().decode(e.bytes)] as const);
const extra = [
  ["import after newline", "Opening line\nimport x from 'y'"],
  ["export default", "export default function () {}"],
  ["jsx component", "<Component prop={process.exit(1)} />"],
  ["expression", "{globalThis.process.exit(1)}"],
  ["nested braces", "{{{}}}"],
  ["unicode line separators", "a\u2028b\u2029c"],
] as const;

describe("toMdx", () => {
  for (const [id, raw] of [...hostile, ...extra]) {
    // The largest inputs take seconds to parse back on a busy machine.
    it(`keeps "${id}" as plain text in paragraphs, headings and quotes`, {
      timeout: 60_000,
    }, () => {
      const value = cleanText(raw).text.replace(/\n+/g, " ").trim();
      if (value === "") return;
      const mdx = toMdx({ title: value }, [
        heading(2, value),
        paragraph(text(value)),
        blockquote(value),
      ]);
      const r = reparse(mdx);
      expect([...r.types].sort()).toEqual(["blockquote", "heading", "paragraph", "root", "text"]);
      expect(r.text).toBe([value, value, value].join("|"));
      expect(r.front).toEqual({ title: value });
    });
  }

  it("writes component calls with string attributes only", () => {
    const mdx = toMdx({}, [component("Chart", { story: 'a" onload="x' })]);
    const r = reparse(mdx);
    expect(r.types.has("mdxJsxFlowElement")).toBe(true);
    expect(r.types.has("mdxFlowExpression")).toBe(false);
  });

  it("writes front matter as ASCII-only JSON", () => {
    const mdx = toMdx({ title: "Zelenskyy — Київ\u2028x" }, []);
    expect(/^[\x20-\x7e\n]*$/.test(mdx)).toBe(true);
  });
});
