import { personVariants } from "./name-variants.ts";
import { organizationVariants } from "./organization-variants.ts";
import { type PlaceLike, placeVariants } from "./place-variants.ts";
import { distinctTerms, MAX_TERMS } from "./terms.ts";

export { personVariants } from "./name-variants.ts";
export { acronym, organizationVariants } from "./organization-variants.ts";
export { placeVariants } from "./place-variants.ts";
export { MAX_TERMS } from "./terms.ts";

/** What the search terms are built from: an `Entity` from the model fits. */
export interface SearchableEntity extends PlaceLike {
  type: "person" | "place" | "organization";
}

/**
 * The strings to index, with a high weight, on an entity's page so a reader finds it whatever
 * spelling they type: distinct case-insensitively, most wanted first (the entity's own name
 * always first), at most `MAX_TERMS`. Same entity, same list.
 */
export function searchTerms(entity: SearchableEntity): string[] {
  const terms =
    entity.type === "person"
      ? personVariants(entity.name, entity.aliases)
      : entity.type === "place"
        ? placeVariants(entity)
        : organizationVariants(entity.name, entity.aliases);
  return distinctTerms(terms, MAX_TERMS);
}
