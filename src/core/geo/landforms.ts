/**
 * Words that make a capitalized phrase the name of a sea, a mountain, a county or another place
 * the gazetteer (countries, regions, towns) does not hold: "the Example Sea", "Gulf of Example",
 * "Mount Example", "Example County". General English geography words, and the names of the
 * world's large regions and seas that are not countries; no place from any article.
 */

/** Last words of a place's name: "Example Sea", "Example County". */
export const LANDFORM_TAILS = new Set(
  `sea ocean gulf bay strait straits river lake lakes island islands isle peninsula valley
  desert glacier mountains mountain range canyon county parish province prefecture strip basin
  coast delta plateau ridge reef lagoon sound fjord highlands archipelago atoll volcano`.split(
    /\s+/,
  ),
);

/** Of these, the words that are never surnames: "Example County" is a place even after "Jane". */
export const PLACE_ONLY_TAILS = new Set(
  `sea ocean gulf strait straits county parish province prefecture strip basin delta plateau
  peninsula glacier archipelago atoll fjord lagoon desert valley`.split(/\s+/),
);

/** Last words of a street's or a building's name: never a person, and not a place either. */
export const FACILITY_TAILS = new Set(
  `street avenue road boulevard drive highway freeway bridge tunnel courthouse building hotel motel
  airport stadium arena square plaza station tower mall hall church temple mosque cathedral
  hospital school prison jail park garden gardens`.split(/\s+/),
);

/** First words of a place's name: "Mount Example", "Lake Example", "Gulf of Example". */
export const LANDFORM_HEADS = new Set(
  `gulf bay sea strait straits cape isle island lake mount mt mt. fort port horn loch`.split(/\s+/),
);

/** Compass words that make a part of a known place: "Northern Example", "South Example". */
export const COMPASS = new Set(
  `north south east west northern southern eastern western central northeastern northwestern
  southeastern southwestern upper lower`.split(/\s+/),
);

/** The world's large regions and waters that are not countries, as one says them in English. */
export const WORLD_REGIONS = new Set(
  `Middle East|Near East|Far East|Midwest|Mediterranean|Caribbean|Balkans|Baltics|Sahel|Sahara|
  Arctic|Antarctic|Scandinavia|Southeast Asia|South Asia|Central Asia|East Asia|Latin America|
  Central America|Caucasus|Levant|Maghreb|Pacific|Atlantic|Himalayas|Alps|Andes|Rockies|Amazon|
  Siberia|Patagonia|West Bank|Sinai|Pacific Northwest|New England|Bay Area`
    .split("|")
    .map((s) => s.trim()),
);
