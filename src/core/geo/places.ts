import type { PlaceKind } from "../model.ts";
import { choosePlace, countryForDemonym, lookupPlaces } from "./gazetteer.ts";

/** What the name finder needs from a gazetteer; injected so tests can use a small one. */
export interface PlaceCandidate {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  country?: string;
  /** Cities: how many live there, and whether it is a national capital. */
  population?: number;
  capital?: boolean;
}
export interface Places {
  lookup(name: string): readonly PlaceCandidate[];
  demonym(word: string): PlaceCandidate | null;
  choose(
    candidates: readonly PlaceCandidate[],
    context: { countries: ReadonlySet<string> },
  ): PlaceCandidate | null;
}

/** The gazetteer, in the shape the name finder asks for. */
export const gazetteerPlaces: Places = {
  lookup: (name) => lookupPlaces(name),
  demonym: (word) => countryForDemonym(word),
  choose: (candidates, context) =>
    choosePlace(candidates as Parameters<typeof choosePlace>[0], context),
};
