import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hostileInputs } from "../../../tests/support/hostile.ts";
import { cleanText } from "../ingest/clean-text.ts";
import { link, paragraph, text, toMdx } from "./mdx.ts";
import { MAX_PART } from "./summary.ts";

/** Parses MDX the way @astrojs/mdx does (no GFM) and returns node types, text and link URLs. */
function reparse(mdx: string) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const tree = fromMarkdown(body ?? "", {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const types = new Set<string>();
  const texts: string[] = [];
  const urls: string[] = [];
  const walk = (n: Nodes) => {
    types.add(n.type);
    if (n.type === "text") texts.push(n.value);
    if (n.type === "link") urls.push(n.url);
    if ("children" in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return { front: parse(front ?? ""), types, text: texts.join("|"), urls };
}

// Every hostile input that is text (invalid bytes are the cleaner's business, not MDX's).
const hostile = hostileInputs().map((e) => [e.id, new TextDecoder().decode(e.bytes)] as const);
const extra = [
  ["import after newline", "Opening line\nimport x from 'y'"],
  ["export default", "export default function () {}"],
  ["jsx component", "<Component prop={process.exit(1)} />"],
  ["expression", "{globalThis.process.exit(1)}"],
  ["nested braces", "{{{}}}"],
  ["link syntax", "[click](javascript:alert(1)) ](#x)"],
  ["unicode line separators", "a\u2028b\u2029c"],
] as const;

describe("toMdx", () => {
  for (const [id, raw] of [...hostile, ...extra]) {
    it(`keeps "${id}" as plain text, in prose and in link text`, () => {
      // The summary never writes a part longer than MAX_PART (summary.ts); the parser's time
      // grows fast with long runs of brackets, so longer texts are not what it has to survive.
      const value = cleanText(raw).text.replace(/\n+/g, " ").trim().slice(0, MAX_PART);
      if (value === "") return;
      const mdx = toMdx({ description: value }, [
        paragraph(text(value), link("#a-claim", value), text(value)),
      ]);
      const r = reparse(mdx);
      expect([...r.types].sort()).toEqual(["link", "paragraph", "root", "text"]);
      expect(r.text).toBe([value, value, value].join("|"));
      expect(r.urls).toEqual(["#a-claim"]);
      expect(r.front).toEqual({ description: value });
    });
  }

  it("writes front matter as ASCII-only JSON", () => {
    const mdx = toMdx({ title: "Zelenskyy — Київ\u2028x" }, []);
    expect(/^[\x20-\x7e\n]*$/.test(mdx)).toBe(true);
  });
});
