/** The search filters, as Pagefind names them and as the address carries them. */
export const FILTER_NAMES = ["type", "source", "country"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type ChosenFilters = Partial<Record<FilterName, string[]>>;

/** The chosen filters from an address: ?type=Person&type=Place&country=France. */
export function readFilters(params: URLSearchParams): ChosenFilters {
  const out: ChosenFilters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter((v) => v.trim() !== "");
    if (values.length > 0) out[name] = [...new Set(values)];
  }
  return out;
}

/** The search part of a shareable address for a query and filters ("" when there is neither). */
export function filterQuery(query: string, filters: ChosenFilters): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const name of FILTER_NAMES) for (const v of filters[name] ?? []) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}
