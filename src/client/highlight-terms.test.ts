import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { highlightTerms, matchRanges, queryWords } from "./highlight-terms.ts";

describe("queryWords", () => {
  it("keeps words of two letters or more, folded, longest first", () => {
    expect(queryWords("José a Example-Smith")).toEqual(["example", "smith", "jose"]);
  });
});

describe("matchRanges", () => {
  it("matches at word starts only, ignoring case and accents", () => {
    expect(matchRanges("In Lyon, José met the lyonnais.", ["lyon", "jose"])).toEqual([
      [3, 7],
      [9, 13],
      [22, 26],
    ]);
    expect(matchRanges("Babylon", ["lyon"])).toEqual([]);
  });
  it("matches letters that have no accent mark to strip, like the search does", () => {
    expect(matchRanges("Talks in Łódź ended.", ["lodz"])).toEqual([[9, 13]]);
  });
});

describe("highlightTerms", () => {
  it("marks every match in the page text and nothing in scripts or hidden blocks", () => {
    const { document } = parseHTML(
      "<main><h1>Jane Example</h1><p>Example said <b>examples</b> count.</p><script>var example;</script><p hidden>example</p></main>",
    );
    const main = document.querySelector("main") as unknown as Element;
    expect(highlightTerms(main, "example")).toBe(3);
    const marks = Array.from(main.querySelectorAll("mark"), (m) => m.textContent);
    expect(marks).toEqual(["Example", "Example", "example"]);
    expect(main.querySelector("script")?.textContent).toBe("var example;");
  });

  it("treats the query as text, never as markup", () => {
    const { document } = parseHTML("<main><p>a &lt;b&gt; tag</p></main>");
    const main = document.querySelector("main") as unknown as Element;
    highlightTerms(main, "<b>");
    expect(main.querySelectorAll("b")).toHaveLength(0);
  });
});
