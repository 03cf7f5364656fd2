import { describe, expect, it } from "vitest";
import { laterPages, latest, PAGE_SIZE, pageHref, paginate } from "./paginate.ts";

const items = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

describe("paginate", () => {
  it("keeps every page at most one page size, whatever the archive's size", () => {
    for (const n of [0, 1, PAGE_SIZE, PAGE_SIZE + 1, 10_000]) {
      const pages = paginate(items(n));
      expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(PAGE_SIZE);
      // Nothing lost, nothing repeated, order kept.
      expect(pages.flatMap((p) => p.items)).toEqual(items(n));
      expect(pages.every((p) => p.count === pages.length && p.total === n)).toBe(true);
    }
  });

  it("has one (empty) page for an empty list, and numbers pages from 1", () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], first: 0, total: 0 }]);
    expect(paginate(items(5), 2).map((p) => [p.number, p.first, p.items.length])).toEqual([
      [1, 0, 2],
      [2, 2, 2],
      [3, 4, 1],
    ]);
  });

  it("rejects a page size that is not a whole number", () => {
    expect(() => paginate(items(3), 0)).toThrow();
  });
});

describe("pageHref and laterPages", () => {
  it("gives page 1 the list's own address and later pages /page/<n>/", () => {
    expect(pageHref("/stories/", 1)).toBe("/stories/");
    expect(pageHref("/stories/", 3)).toBe("/stories/page/3/");
  });

  it("makes a route for every page after the first", () => {
    expect(laterPages(items(5), 2).map((p) => p.params.n)).toEqual(["2", "3"]);
    expect(laterPages(items(2), 2)).toEqual([]);
  });
});

describe("latest", () => {
  it("takes the newest first, ties in id order, and never more than asked", () => {
    const xs = [
      { id: "b", date: "2024-01-02" },
      { id: "a", date: "2024-01-02" },
      { id: "c", date: "2023-12-31" },
      { id: "d", date: "2024-05-01" },
    ];
    const ids = (n: number) =>
      latest(
        xs,
        n,
        (x) => x.date,
        (x) => x.id,
      ).map((x) => x.id);
    expect(ids(3)).toEqual(["d", "a", "b"]);
    expect(ids(10)).toEqual(["d", "a", "b", "c"]);
    expect(ids(0)).toEqual([]);
  });
});
