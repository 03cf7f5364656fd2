import { placeById } from "./gazetteer.ts";
import type { Place } from "./place.ts";

/**
 * Whether `outer` contains `inner`, following parent links (city -> region -> country ->
 * continent). A place contains itself, so "is X in Russia?" is true for Russia too. A city whose
 * region could not be matched is still in its country and continent, but not in the region.
 */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.id === inner.id) return true;
  if (outer.kind === "city" || inner.kind === "continent") return false;
  if (outer.kind === "country" && inner.country !== undefined)
    return inner.country === outer.country;
  let parent = inner.parent;
  for (let depth = 0; parent !== undefined && depth < 4; depth++) {
    if (parent === outer.id) return true;
    parent = placeById(parent)?.parent;
  }
  return false;
}
