/**
 * Lists that grow with the whole site (every story, every person) are split into pages of a
 * fixed size, so no page grows with the archive: /stories/, /stories/page/2/, … Page 1 keeps the
 * list's own address, so links to it never change as the archive grows.
 */

/** Items per page of an index: a few hundred links is a page a reader can scan and a phone loads. */
export const PAGE_SIZE = 200;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  items: T[];
  /** The index of this page's first item, 0-based (for "201–400 of 950"). */
  first: number;
  total: number;
}

/** Every page of `items`, in order. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number ≥ 1`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    first: i * size,
    total: items.length,
  }));
}

/** The address of page `n` of the list at `base` ("/stories/"): page 1 is `base` itself. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The pages other than page 1, as Astro's getStaticPaths wants them ({ params: { n } }). */
export function laterPages<T>(items: readonly T[], size = PAGE_SIZE) {
  return paginate(items, size)
    .slice(1)
    .map((page) => ({ params: { n: String(page.number) }, props: { page } }));
}

/** The `count` items that come first by `key` (descending; ties by `id`, code-unit order). */
export function latest<T>(
  items: readonly T[],
  count: number,
  key: (item: T) => string,
  id: (item: T) => string,
): T[] {
  const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  const asc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return items
    .toSorted((a, b) => desc(key(a), key(b)) || asc(id(a), id(b)))
    .slice(0, Math.max(0, count));
}
