import type { FigureMention } from "../model.ts";
import type { TaggedToken } from "../text/tagger.ts";

const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/**
 * Units that measure rather than count a thing: "7 km", "5 hours", "128GB". Alone they tell a
 * reader nothing of what was measured, so a label names the thing with them ("km east of the
 * port", "depth (km)"). Singular and plural, as figures write them.
 */
export const MEASURES = list(`
  km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm
  ft foot feet inch inches yard yards
  kg kilogram kilograms g gram grams lb lbs oz ounce ounces ton tons tonne tonnes
  hectare hectares acre acres sq mph kph kmh knot knots
  gb tb mb kb mbps gbps ghz mhz mw gw kw kwh mwh gwh
  second seconds minute minutes hour hours day days week weeks month months year years
  decade decades percent degree degrees
`);

/** Nouns that only say "a quantity": "a total of 500" names nothing counted. */
export const QUANTITY_NOUNS = list(`
  total number sum amount figure maximum minimum average tally count estimate range level rate
  group handful majority minority quantity value one
`);

/**
 * The counted thing as a label shows it: the unit as written, without names before a common
 * noun ("Northland soldiers" -> "soldiers", so sources that name them differently share a
 * label) or "new", a word capitalized only because it opens the sentence lowercased, and a
 * measure written onto the digits put back ("128GB of storage" gives the unit "of storage").
 */
export function countedWords(figure: FigureMention, tokens: readonly TaggedToken[]): string[] {
  const ws = figure.unit.split(/\s+/u).filter(Boolean);
  const glued = /\d([A-Za-z]+)\s+of\b/u.exec(figure.text)?.[1];
  if (ws[0]?.toLowerCase() === "of" && glued) ws.unshift(glued);
  const opener = tokens.find((t) => t.pos !== "PUNCT");
  let i = 0;
  while (i < ws.length - 1) {
    const w = ws[i] as string;
    const name = /^\p{Lu}/u.test(w) && !(w === opener?.text && opener.pos !== "PROPN");
    if (!name && w.toLowerCase() !== "new") break;
    i++;
  }
  const kept = ws.slice(i);
  const head = kept[0];
  if (head && head === opener?.text && opener.pos !== "PROPN" && head !== head.toUpperCase()) {
    kept[0] = head.charAt(0).toLowerCase() + head.slice(1);
  }
  return kept;
}

/** Whether the counted words are a measure alone ("kilometres"), not "km of road". */
export function isMeasureAlone(counted: readonly string[]): boolean {
  const of = counted.findIndex((w) => w.toLowerCase() === "of");
  const head = counted[of < 0 ? counted.length - 1 : of - 1]?.toLowerCase() ?? "";
  return of < 0 && MEASURES.has(head);
}
