/** The kinds of page the search filters by, and how results name them. */
export const SEARCH_TYPE_LABELS = {
  story: "Story",
  source: "Source",
  person: "Person",
  place: "Place",
  organization: "Organization",
} as const;

export type SearchType = keyof typeof SEARCH_TYPE_LABELS;

/** How a source is named in search filters: its outlet, or its title when it has none. */
export function sourceFilterName(source: { outlet: string | null; title: string }): string {
  return source.outlet ?? source.title;
}
