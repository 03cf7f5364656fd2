import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { manySources, QUOTE, SOURCES, viewBoxHeight } from "../../tests/support/chart-fixtures.ts";
import type { Claim } from "../core/model.ts";
import { MAX_QUOTE_WORDS, MAX_VERSIONS, quoteComparison } from "./quote-comparison.ts";
import { textWidth } from "./text-width.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

const LONG_WORDS =
  "We will not stand by while our neighbours are attacked and we will respond with all the means at our disposal including sanctions never tried before".split(
    " ",
  );

const LONG: Claim = {
  ...QUOTE,
  id: "long",
  topic: "what the minister said",
  diff: [
    {
      source: "reuters",
      tokens: LONG_WORDS.map((text, i) => ({ text, op: i === 16 ? "changed" : "same" })),
    },
    { source: "ap", tokens: LONG_WORDS.map((text) => ({ text, op: "same" })) },
  ],
};

describe("quoteComparison", () => {
  const chart = quoteComparison(QUOTE, SOURCES);
  const doc = parse(chart.svg);

  it("stacks the versions, each labelled by its source", () => {
    const versions = [...doc.querySelectorAll(".chart-version")];
    expect(versions.map((v) => v.getAttribute("data-source"))).toEqual(["reuters", "ap"]);
    expect(versions[0]?.querySelector(".chart-source")?.textContent).toBe("Reuters");
    expect(versions[1]?.querySelector(".chart-source")?.textContent).toBe("Associated Press");
    expect(versions[0]?.querySelector(".chart-quote-text")?.textContent).toBe(
      "“This is a very, very serious issue”",
    );
  });

  it("does not repeat the title the page, embed and card already give it", () => {
    const drawn = [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(drawn).toContain("very serious");
    expect(drawn).not.toContain(QUOTE.topic);
  });

  it("marks the differing words with bold, an underline and a highlight, not colour alone", () => {
    const reuters = doc.querySelector('.chart-version[data-source="reuters"]');
    const changed = [...(reuters?.querySelectorAll(".chart-quote-changed") ?? [])];
    expect(changed.map((t) => t.textContent)).toEqual(["very,"]);
    expect(changed[0]?.getAttribute("font-weight")).toBe("700");
    expect(reuters?.querySelectorAll(".chart-quote-mark")).toHaveLength(1);
    expect(reuters?.querySelectorAll(".chart-quote-underline")).toHaveLength(1);
    const ap = doc.querySelector('.chart-version[data-source="ap"]');
    expect(ap?.querySelectorAll(".chart-quote-changed, .chart-quote-mark")).toHaveLength(0);
    expect(doc.querySelector(".chart-legend")?.textContent).toContain("words that differ");
  });

  it("puts the highlight under the marked word", () => {
    const rect = doc.querySelector(".chart-version .chart-quote-mark");
    const word = doc.querySelector(".chart-quote-changed");
    const x = Number(word?.getAttribute("x"));
    expect(Number(rect?.getAttribute("x"))).toBeLessThan(x);
    expect(Number(rect?.getAttribute("width"))).toBeGreaterThan(textWidth("very,", 14, "bold"));
  });

  it("wraps a long quote into lines that fit the width", () => {
    const long = parse(quoteComparison(LONG, SOURCES).svg);
    const lines = long.querySelectorAll('.chart-version[data-source="reuters"] .chart-quote-text');
    expect(lines.length).toBeGreaterThan(2);
    for (const span of long.querySelectorAll(".chart-quote-text tspan")) {
      const weight = span.getAttribute("font-weight") === "700" ? "bold" : "normal";
      const right = Number(span.getAttribute("x")) + textWidth(span.textContent ?? "", 14, weight);
      expect(right).toBeLessThanOrEqual(360.01);
    }
  });

  it("reads both versions and the difference in its text alternative", () => {
    expect(chart.alt).toContain("Reuters: “This is a very, very serious issue”.");
    expect(chart.alt).toContain("Associated Press: “This is a very serious issue”.");
    expect(chart.alt).toContain("Words that differ between the versions: Reuters has “very,”.");
    expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
  });

  it("returns a table of versions", () => {
    expect(chart.table.head).toEqual(["Source", "Version", "Words that differ"]);
    expect(chart.table.rows).toEqual([
      ["Reuters", "This is a very, very serious issue", "very,"],
      ["Associated Press", "This is a very serious issue", "none"],
    ]);
  });

  it("escapes markup in quotes, topics and source names", () => {
    const evil: Claim = {
      ...QUOTE,
      topic: "what <b>they</b> said",
      diff: [
        {
          source: "x",
          tokens: [
            { text: "<script>alert(1)</script>", op: "changed" },
            { text: "&", op: "same" },
          ],
        },
      ],
    };
    const out = quoteComparison(evil, [{ id: "x", label: "A & B <i>" }]);
    expect(out.svg).not.toMatch(/<script|<b>|<i>/);
    expect(out.svg).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    expect(parse(out.svg).querySelector(".chart-quote-changed")?.textContent).toBe(
      "<script>alert(1)</script>",
    );
  });

  it("shows the values unmarked when the claim has no diff", () => {
    const { diff: _diff, ...withoutDiff } = QUOTE;
    const plain = quoteComparison(withoutDiff, SOURCES);
    expect(plain.table.rows.map((r) => r[2])).toEqual(["none", "none"]);
    expect(plain.alt).toContain("The versions use the same words.");
    expect(parse(plain.svg).querySelector(".chart-legend")).toBeNull();
  });

  it("is deterministic", () => {
    expect(quoteComparison(QUOTE, SOURCES)).toEqual(chart);
    expect(chart.svg).not.toMatch(/\d\.\d{3}/);
  });
});

describe("quoteComparison of a very long quote", () => {
  it("draws the first words of each version and says how many more; the table has all", () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i % 50}`).join(" ");
    const claim: Claim = {
      ...QUOTE,
      values: [
        { source: "reuters", value: words, text: words, start: 0, end: 1, sentence: 0 },
        { source: "ap", value: `${words} extra`, text: words, start: 0, end: 1, sentence: 0 },
      ],
      diff: undefined,
    };
    const chart = quoteComparison(claim, SOURCES);
    expect(chart.svg).toContain(`and ${30_000 - MAX_QUOTE_WORDS} more words, listed in the table`);
    expect(chart.alt.length).toBeLessThan(10_000);
    expect(chart.table.rows[0]?.[1]).toBe(words);
    expect(viewBoxHeight(chart.svg) * 2).toBeLessThan(32_767);
  });

  it("draws at most MAX_VERSIONS versions of a quote many sources give", () => {
    const sources = manySources(300);
    const claim: Claim = {
      ...QUOTE,
      values: sources.map((s) => ({
        source: s.id,
        value: `we will see ${s.id}`,
        text: "x",
        start: 0,
        end: 1,
        sentence: 0,
      })),
      diff: undefined,
    };
    const chart = quoteComparison(claim, sources);
    expect(chart.svg).toContain(`and ${300 - MAX_VERSIONS} more versions, listed in the table`);
    expect(chart.table.rows).toHaveLength(300);
  });
});
