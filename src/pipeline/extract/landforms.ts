import {
  COMPASS,
  LANDFORM_HEADS,
  LANDFORM_TAILS,
  WORLD_REGIONS,
} from "../../core/geo/landforms.ts";
import type { PlaceCandidate, Places } from "../../core/geo/places.ts";
import { joinText } from "./name-shape.ts";
import type { Token } from "./tokens.ts";

/** A place the gazetteer does not hold by this name, and where it is when the name says so. */
export interface Landform {
  name: string;
  /** The known place the name is part of: "Northern Example" is in Example. */
  within?: PlaceCandidate;
}

const lower = (t: Token) => t.bare.toLowerCase();

/**
 * A sea, a mountain, a county or a world region named by its shape: "the Example Sea", "Gulf of
 * Example", "Mount Example", "Example County", "the Middle East"; or a part of a known place by
 * a compass word, "Northern Example". Null when the phrase is none of these.
 */
export function landform(
  text: string,
  tokens: readonly Token[],
  places: Places,
  countries: ReadonlySet<string>,
): Landform | null {
  const name = joinText(text, tokens);
  if (WORLD_REGIONS.has(name)) return { name };
  if (tokens.length < 2) return null;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const capsAfterFirst = tokens.slice(1).some((t) => t.cap);
  // "Gulf of Example", "Mount Example": the place word opens the name.
  if (first.cap && LANDFORM_HEADS.has(lower(first)) && capsAfterFirst) {
    const next = tokens[1] as Token;
    if (next.text === "of" || (next.cap && tokens.length <= 3)) return { name };
  }
  // "Example Sea", "Example County": the place word ends it.
  if (last.cap && LANDFORM_TAILS.has(lower(last)) && tokens.slice(0, -1).every((t) => t.cap))
    return { name };
  // "Northern Example": a compass word and a region or country the gazetteer knows.
  if (COMPASS.has(lower(first))) {
    const rest = joinText(text, tokens.slice(1));
    const candidates = places.lookup(rest).filter((p) => p.kind !== "city");
    const within = candidates.length > 0 ? places.choose(candidates, { countries }) : null;
    if (within) return { name, within };
  }
  return null;
}
