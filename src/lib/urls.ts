/** Where each kind of page lives. Entity ids start with their type ("person-ann-lee"). */
export const ENTITY_SECTIONS = {
  person: "people",
  place: "places",
  organization: "organizations",
} as const;

export type EntityType = keyof typeof ENTITY_SECTIONS;

export function entityUrl(id: string): string {
  const type = (Object.keys(ENTITY_SECTIONS) as EntityType[]).find((t) => id.startsWith(`${t}-`));
  if (!type) return `/search/?q=${encodeURIComponent(id)}`;
  return `/${ENTITY_SECTIONS[type]}/${id.slice(type.length + 1)}/`;
}

export function sentenceUrl(source: string, sentence: number): string {
  return `/sources/${source}/#s-${sentence}`;
}
