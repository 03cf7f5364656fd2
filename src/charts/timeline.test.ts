import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  CONFLICT,
  DAY,
  EVENTS,
  FESTIVAL,
  HOSTILE,
  HOSTILE_SOURCES,
  INFERRED,
  INFERRED_REASON,
  LAST,
  MONTH,
  RANGE,
  SINCE,
  SOURCES,
  STORY_TITLES,
  WEEK,
} from "../../tests/support/timeline-fixtures.ts";
import { EMPTY_MESSAGE, timelineChart } from "./timeline.ts";

function parse(svg: string) {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

const chart = timelineChart(EVENTS, SOURCES, { id: "tl", title: "Timeline: the Lyon summit" });
const wide = parse(chart.svg);
const narrow = parse(chart.narrow);
const layouts = [
  ["wide", wide, 680],
  ["narrow", narrow, 360],
] as const;

function link(doc: Document, id: string): Element {
  const a = doc.querySelector(`a[data-event="${id}"]`);
  if (!a) throw new Error(`no link for ${id}`);
  return a;
}

function mark(doc: Document, id: string): Element {
  const m = link(doc, id).querySelector(".timeline-mark");
  if (!m) throw new Error(`no mark for ${id}`);
  return m;
}

/** The visible label of an event (its text outside the tooltip). */
function labelText(doc: Document, id: string): string {
  return [...link(doc, id).querySelectorAll("text")]
    .filter((t) => !t.closest(".timeline-tip"))
    .map((t) => t.textContent)
    .join(" ");
}

function viewBox(doc: Document): number[] {
  return (doc.querySelector("svg")?.getAttribute("viewBox") ?? "").split(" ").map(Number);
}

describe("timelineChart", () => {
  it("returns two standalone SVGs, wide and narrow, described by the text alternative", () => {
    for (const [name, doc, width] of layouts) {
      const svg = doc.querySelector("svg");
      expect(doc.querySelectorAll("svg"), name).toHaveLength(1);
      expect(svg?.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
      expect(svg?.getAttribute("width")).toBe("100%");
      expect(viewBox(doc).slice(0, 3)).toEqual([0, 0, width]);
      expect(viewBox(doc)[3]).toBeGreaterThan(100);
      // Not role="img": that would hide the event links from assistive technology.
      expect(svg?.getAttribute("role")).toBe("group");
      expect(doc.querySelector("title")?.textContent).toBe("Timeline: the Lyon summit");
      expect(doc.querySelector("desc")?.textContent).toBe(chart.alt);
    }
  });

  it("draws each precision with its own mark: point, bar or open end", () => {
    for (const [, doc] of layouts) {
      expect(mark(doc, DAY.id).getAttribute("class")).toContain("timeline-mark-point");
      expect(mark(doc, DAY.id).querySelector("circle")).not.toBeNull();
      for (const e of [WEEK, MONTH, RANGE]) {
        expect(mark(doc, e.id).getAttribute("class")).toContain("timeline-mark-bar");
        expect(mark(doc, e.id).querySelector("rect")).not.toBeNull();
        expect(mark(doc, e.id).querySelector(".timeline-arrow")).toBeNull();
      }
      const open = mark(doc, SINCE.id);
      expect(open.getAttribute("class")).toContain("timeline-mark-open");
      expect(open.querySelector(".timeline-arrow")).not.toBeNull();
      expect(labelText(doc, SINCE.id)).toContain("since August 2023");
    }
  });

  it("fills the marks of events several sources report and says how many; one source is hollow", () => {
    for (const [, doc] of layouts) {
      const several = mark(doc, DAY.id);
      expect(several.getAttribute("class")).toContain("timeline-multi");
      expect(several.querySelector(".timeline-fill")?.getAttribute("fill")).toBe("currentColor");
      expect(labelText(doc, DAY.id)).toContain("3 sources");
      const one = mark(doc, WEEK.id);
      expect(one.getAttribute("class")).toContain("timeline-single");
      expect(one.querySelector(".timeline-fill")?.getAttribute("fill")).toBe("none");
      expect(labelText(doc, WEEK.id)).toContain("1 source");
    }
  });

  it("marks inferred dates with a dashed ring and the word, the reason in tip and link name", () => {
    for (const [, doc] of layouts) {
      const m = mark(doc, INFERRED.id);
      expect(m.getAttribute("class")).toContain("timeline-inferred");
      expect(m.querySelector(".timeline-ring")?.getAttribute("stroke-dasharray")).toBeTruthy();
      expect(mark(doc, DAY.id).querySelector(".timeline-ring")).toBeNull();
      expect(labelText(doc, INFERRED.id)).toContain("inferred");
      const a = link(doc, INFERRED.id);
      expect(a.querySelector(".timeline-tip")?.textContent).toContain("Inferred:");
      expect(a.querySelector(".timeline-tip")?.textContent?.replace(/\s+/g, " ")).toContain(
        "the Thursday before",
      );
      expect(a.getAttribute("aria-label")).toContain(INFERRED_REASON);
    }
  });

  it("draws a conflict as a bar across the sources' dates with each source's date on it", () => {
    for (const [name, doc] of layouts) {
      const m = mark(doc, CONFLICT.id);
      expect(m.getAttribute("class")).toContain("timeline-conflict");
      const sourceMarks = [...m.querySelectorAll(".chart-mark")];
      expect(sourceMarks).toHaveLength(2);
      // Each source's mark sits at its own date: the 22nd before the 23rd, along the time axis.
      const along = sourceMarks.map((s) => {
        const t = /translate\(([\d.]+),([\d.]+)\)/.exec(s.getAttribute("transform") ?? "");
        return Number(name === "wide" ? t?.[1] : t?.[2]);
      });
      expect(along[0]).toBeLessThan(along[1] ?? 0);
      const words = "Lyon Wire gives 22 October 2024; North Post gives 23 October 2024";
      expect(link(doc, CONFLICT.id).getAttribute("aria-label")).toContain(words);
      expect(labelText(doc, CONFLICT.id)).toContain("dates differ");
      expect(doc.querySelector(".timeline-legend")?.textContent).toContain(
        "date given by Lyon Wire",
      );
    }
  });

  it("breaks the axis between August 2023 and the October 2024 days, keeping the days apart", () => {
    expect(chart.alt).toContain(
      "The time axis is broken between 31 August 2023 and 14 October 2024",
    );
    const centre = (doc: Document, id: string, attr: "cx" | "cy") =>
      Number(mark(doc, id).querySelector(".timeline-fill")?.getAttribute(attr));
    for (const [name, doc] of layouts) {
      expect(doc.querySelectorAll(".timeline-axis .timeline-break"), name).toHaveLength(1);
      const attr = name === "wide" ? "cx" : "cy";
      // 21 and 25 October: four days apart.
      const perDay = (centre(doc, LAST.id, attr) - centre(doc, DAY.id, attr)) / 4;
      expect(perDay, name).toBeGreaterThanOrEqual(10);
    }
    const ticks = [...wide.querySelectorAll(".timeline-tick-label")].map((t) => t.textContent);
    expect(ticks).toContain("Aug 2023");
    expect(ticks.some((t) => /^\d{1,2} Oct/.test(t ?? ""))).toBe(true);
  });

  it("runs an open range from its own segment across the break", () => {
    for (const [, doc] of layouts) {
      expect(mark(doc, SINCE.id).querySelectorAll(".timeline-break")).toHaveLength(1);
    }
  });

  it("makes every event a link to its list item, with a unique href and a name", () => {
    for (const [, doc] of layouts) {
      const links = [...doc.querySelectorAll("a.timeline-event")];
      expect(links).toHaveLength(EVENTS.length);
      const hrefs = links.map((a) => a.getAttribute("href"));
      expect(new Set(hrefs).size).toBe(EVENTS.length);
      expect(hrefs.toSorted()).toEqual(EVENTS.map((e) => `#tl-${e.id}`).toSorted());
      for (const a of links) {
        expect(a.getAttribute("aria-label")).toMatch(/Reported by/);
        expect(a.querySelector(".timeline-focus")).not.toBeNull();
        expect(a.querySelector(".timeline-tip")?.getAttribute("visibility")).toBe("hidden");
      }
      // In date order, so Tab moves through time.
      expect(hrefs.indexOf(`#tl-${MONTH.id}`)).toBeLessThan(hrefs.indexOf(`#tl-${WEEK.id}`));
    }
  });

  it("starts each link's name with the words its label shows", () => {
    const name = link(wide, DAY.id).getAttribute("aria-label") ?? "";
    expect(name.startsWith("21 October 2024, 3 sources. Jane Example spoke at the town hall")).toBe(
      true,
    );
    expect(name).toContain("about the new tram line and the budget for the coming years");
    expect(name).toContain("First reported by Lyon Wire");
  });

  it("keeps every tooltip inside the viewBox", () => {
    for (const [name, doc] of layouts) {
      const [, , w = 0, h = 0] = viewBox(doc);
      for (const r of doc.querySelectorAll(".timeline-tip-bg")) {
        const x = Number(r.getAttribute("x"));
        const y = Number(r.getAttribute("y"));
        expect(x, name).toBeGreaterThanOrEqual(0);
        expect(y, name).toBeGreaterThanOrEqual(0);
        expect(x + Number(r.getAttribute("width")), name).toBeLessThanOrEqual(w);
        expect(y + Number(r.getAttribute("height")), name).toBeLessThanOrEqual(h);
      }
    }
  });

  it("prefixes every id with the chart's id, unique across both layouts", () => {
    const ids = [...wide.querySelectorAll("[id]"), ...narrow.querySelectorAll("[id]")].map((e) =>
      e.getAttribute("id"),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id?.startsWith("tl-")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has no script and no outside reference", () => {
    for (const svg of [chart.svg, chart.narrow]) {
      expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|url\(/i);
      for (const href of svg.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^#tl-/);
    }
  });

  it("writes a text alternative from the data", () => {
    expect(chart.alt).toMatch(/^8 dated events from August 2023 to 25 October 2024\./);
    expect(chart.alt).toContain(
      "4 events are reported by more than one source, 4 by one source only",
    );
    expect(chart.alt).toContain(
      "The sources give different dates for 1 event: The accord was signed (Lyon Wire gives 22 October 2024; North Post gives 23 October 2024)",
    );
    expect(chart.alt).toContain("1 date is inferred");
    expect(chart.alt).toContain("1 event has no stated end");
  });

  it("returns a table with a row per event and the date notes", () => {
    expect(chart.table.head).toEqual(["Date", "Event", "Sources", "First reported", "Date note"]);
    expect(chart.table.rows).toHaveLength(EVENTS.length);
    const row = (title: string) => chart.table.rows.find((r) => r[1] === title);
    expect(row(INFERRED.title)).toEqual([
      "24 October 2024 (inferred)",
      INFERRED.title,
      "1 source: North Post",
      "not known",
      `inferred: ${INFERRED_REASON}`,
    ]);
    expect(row(CONFLICT.title)?.[4]).toBe(
      "sources differ: Lyon Wire gives 22 October 2024; North Post gives 23 October 2024",
    );
    expect(row(DAY.title)?.[2]).toBe("3 sources: The Daily Example, Lyon Wire, North Post");
    expect(row(SINCE.title)?.[0]).toBe("since August 2023");
  });

  it("names the story in tips and table for the site-wide timeline", () => {
    const all = timelineChart([...EVENTS, FESTIVAL], SOURCES, {
      id: "all",
      storyTitles: STORY_TITLES,
    });
    expect(all.table.head).toEqual([
      "Date",
      "Event",
      "Story",
      "Sources",
      "First reported",
      "Date note",
    ]);
    expect(all.table.rows.find((r) => r[1] === FESTIVAL.title)?.[2]).toBe(
      "A festival on the river",
    );
    const doc = parse(all.svg);
    expect(link(doc, FESTIVAL.id).querySelector(".timeline-tip")?.textContent).toContain(
      "Story: A festival on the river",
    );
    expect(link(doc, FESTIVAL.id).getAttribute("aria-label")).toContain(
      "Story: A festival on the river",
    );
    expect(all.alt).toContain("across 2 stories");
    expect(all.svg).toContain('href="#all-river-festival-event-1"');
  });

  it("escapes markup, quotes and ampersands from articles", () => {
    const evil = timelineChart([HOSTILE], HOSTILE_SOURCES, { id: "ev", title: `A <b>"title"</b>` });
    for (const svg of [evil.svg, evil.narrow]) {
      expect(svg).not.toMatch(/<script|<img|<b>/i);
      expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;");
      expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      const doc = parse(svg);
      expect(doc.querySelectorAll("script, img, b")).toHaveLength(0);
      expect(doc.querySelector("title")?.textContent).toBe(`A <b>"title"</b>`);
      expect(link(doc, HOSTILE.id).getAttribute("aria-label")).toContain(
        `<script>alert("x")</script> & "friends" 'quoted'`,
      );
      expect(link(doc, HOSTILE.id).getAttribute("aria-label")).toContain(
        `<img src=x onerror="alert(1)">`,
      );
    }
    expect(evil.table.rows[0]?.[2]).toBe(`1 source: Plain & "Simple" <b>bold</b>`);
  });

  it("is deterministic, whatever order the events come in", () => {
    const again = timelineChart(EVENTS, SOURCES, { id: "tl", title: "Timeline: the Lyon summit" });
    expect(again).toEqual(chart);
    const shuffled = timelineChart(EVENTS.toReversed(), SOURCES, {
      id: "tl",
      title: "Timeline: the Lyon summit",
    });
    expect(shuffled).toEqual(chart);
    expect(chart.svg).not.toMatch(/\d\.\d{3}/);
  });

  it("says so when there are no dated events", () => {
    const empty = timelineChart([], SOURCES, { id: "none" });
    expect(empty.alt).toBe(EMPTY_MESSAGE);
    expect(empty.table.rows).toEqual([]);
    for (const svg of [empty.svg, empty.narrow]) {
      const doc = parse(svg);
      expect(doc.querySelector("svg")?.textContent).toContain("No dated events to show.");
      expect(doc.querySelectorAll("a")).toHaveLength(0);
    }
    expect(viewBox(parse(empty.narrow))[2]).toBe(360);
  });
});
