import { describe, expect, it } from "vitest";
import type { Range } from "../../core/model.ts";
import { findQuoteSpans } from "./quote-spans.ts";

function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

const spans = (text: string) =>
  findQuoteSpans(text, paragraphsOf(text)).map((q) => ({
    span: text.slice(q.start, q.end),
    inner: text.slice(q.innerStart, q.innerEnd),
    paragraph: q.paragraph,
    closed: q.closed,
  }));

describe("findQuoteSpans", () => {
  it("lists quotations across paragraphs with their inner text", () => {
    expect(spans("A “b” c.\nD ‘e’ f.")).toEqual([
      { span: "“b”", inner: "b", paragraph: 0, closed: true },
      { span: "‘e’", inner: "e", paragraph: 1, closed: true },
    ]);
  });

  it("keeps single quotes nested in double quotes inside the outer quotation", () => {
    expect(spans("“He said ‘never’ twice,” she said.").map((s) => s.span)).toEqual([
      "“He said ‘never’ twice,”",
    ]);
  });

  it("keeps double quotes nested in single quotes (British style) inside the outer one", () => {
    expect(spans("‘He called it “a disaster” twice,’ she said.").map((s) => s.span)).toEqual([
      "‘He called it “a disaster” twice,’",
    ]);
  });

  it("never lets an unclosed mark run into the next paragraph", () => {
    expect(spans("She said “we stay\nHe said “we go.”")).toEqual([
      { span: "“we stay", inner: "we stay", paragraph: 0, closed: false },
      { span: "“we go.”", inner: "we go.", paragraph: 1, closed: true },
    ]);
  });

  it("skips marks with no words between them", () => {
    expect(spans("An empty “ ” pair and “...” too.")).toEqual([]);
  });
});
