import type { PlaceCandidate, Places } from "../../core/geo/places.ts";
import type { GeoPoint, NameMention } from "../../core/model.ts";
import { joinText, span } from "./name-shape.ts";
import type { Token } from "./tokens.ts";

/** What the name finder knows while it reads one phrase of an article, and where it writes. */
export interface Ctx {
  text: string;
  /** Team names met after "the" anywhere in the article ("the Example Hawks", "Hawks"). */
  teams: Set<string>;
  places: Places;
  countries: Set<string>;
  sentence: number;
  out: NameMention[];
}

export function emit(
  ctx: Ctx,
  type: NameMention["type"],
  tokens: readonly Token[],
  extra: Partial<NameMention> = {},
): void {
  if (tokens.length === 0) return;
  const s = span(ctx.text, tokens);
  const name = extra.name ?? s.text.replace(/['’]s$/u, "");
  ctx.out.push({ type, ...s, sentence: ctx.sentence, ...extra, name });
}

export function emitPlace(
  ctx: Ctx,
  tokens: readonly Token[],
  place: PlaceCandidate,
  demonym = false,
): void {
  const geo: GeoPoint = {
    lat: place.lat,
    lon: place.lon,
    ...(place.country ? { country: place.country } : {}),
  };
  emit(ctx, "place", tokens, {
    // The gazetteer's name: "U.S." and "American" both name the United States.
    name: place.name,
    placeKind: place.kind,
    placeId: place.id,
    geo,
    ...(demonym ? { demonym: true } : {}),
  });
  if (place.kind === "country" && place.country) ctx.countries.add(place.country);
}

/** The longest run of tokens from the start that the gazetteer knows, and its best place. */
export function placePrefix(
  ctx: Ctx,
  tokens: readonly Token[],
): { length: number; place: PlaceCandidate } | null {
  for (let n = Math.min(tokens.length, 7); n >= 1; n--) {
    const head = tokens.slice(0, n);
    if (!(head[n - 1] as Token).cap) continue;
    const name = span(ctx.text, head).text;
    const candidates = ctx.places.lookup(name);
    const place =
      candidates.length > 0 ? ctx.places.choose(candidates, { countries: ctx.countries }) : null;
    if (place) return { length: n, place };
  }
  return null;
}

export function demonymPrefix(
  ctx: Ctx,
  tokens: readonly Token[],
): { length: number; place: PlaceCandidate } | null {
  for (let n = Math.min(tokens.length, 2); n >= 1; n--) {
    const place = ctx.places.demonym(joinText(ctx.text, tokens.slice(0, n)));
    if (place) return { length: n, place };
  }
  return null;
}

export function emitPerson(ctx: Ctx, tokens: readonly Token[], role?: string): void {
  emit(ctx, "person", tokens, role ? { role } : {});
}
