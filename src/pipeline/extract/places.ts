import { choosePlace, countryForDemonym, lookupPlaces } from "./gazetteer.ts";
import type { Places } from "./names.ts";

/** The gazetteer, in the shape the name finder asks for. */
export const gazetteerPlaces: Places = {
  lookup: (name) => lookupPlaces(name),
  demonym: (word) => countryForDemonym(word),
  choose: (candidates, context) =>
    choosePlace(candidates as Parameters<typeof choosePlace>[0], context),
};
