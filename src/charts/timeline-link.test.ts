import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DAY, SOURCES } from "../../tests/support/timeline-fixtures.ts";
import { el } from "./svg.ts";
import { timelineItems } from "./timeline-items.ts";
import { eventLabel, eventLink, labelMarkup } from "./timeline-link.ts";

function parse(markup: string) {
  return parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`).document;
}

const [item] = timelineItems([DAY], SOURCES, { id: "tl" });
if (!item) throw new Error("fixture");

describe("eventLabel", () => {
  it("cuts a long title to its lines with an ellipsis and keeps the small print whole", () => {
    const l = eventLabel(item, 170, 2);
    expect(l.title).toHaveLength(2);
    expect(l.title[1]?.endsWith("…")).toBe(true);
    expect(l.meta.join(" ")).toContain("3 sources");
    expect(l.w).toBeLessThanOrEqual(170);
    expect(eventLabel(item, 300, 4).title.join(" ")).toBe(DAY.title);
  });
});

describe("labelMarkup", () => {
  it("puts the small print first in the document, lines separated by spaces", () => {
    const doc = parse(labelMarkup(eventLabel(item, 170, 2), 10, 0));
    const texts = [...doc.querySelectorAll("text")];
    expect(texts[0]?.getAttribute("class")).toContain("timeline-meta");
    expect(doc.querySelector("svg")?.textContent).toMatch(
      /^21 October 2024 3 sources Jane Example spoke/,
    );
    // Drawn in reading order all the same: the title above the small print.
    const y = (cls: string) => Number(doc.querySelector(`.${cls}`)?.getAttribute("y"));
    expect(y("timeline-title")).toBeLessThan(y("timeline-meta"));
  });
});

describe("eventLink", () => {
  it("links to the event's list item, named by its words, with a hidden focus ring", () => {
    const doc = parse(eventLink(item, { x: 5, y: 6, w: 100, h: 40 }, el("circle", { r: 3 })));
    const a = doc.querySelector("a");
    expect(a?.getAttribute("href")).toBe(`#tl-${DAY.id}`);
    expect(a?.getAttribute("class")).toBe("timeline-event");
    expect(a?.getAttribute("aria-label")).toBe(item.words.aria);
    const ring = doc.querySelector(".timeline-focus");
    expect(ring?.getAttribute("visibility")).toBe("hidden");
    expect([ring?.getAttribute("x"), ring?.getAttribute("width")]).toEqual(["2", "106"]);
    expect(doc.querySelector("a circle")).not.toBeNull();
  });
});
