import { MONTHS, WEEKDAYS } from "../../core/date-words.ts";
import type { PlaceCandidate, Places } from "../../core/geo/places.ts";
import type { Article, GeoPoint, NameMention } from "../../core/model.ts";
import {
  DEPARTMENTS,
  INSTITUTION_METONYMS,
  INSTITUTION_PHRASES,
  isKnownOrganization,
  isNonNameWord,
  ORG_HEADS,
  STATE_NOUNS,
} from "../../core/names/lexicon.ts";
import {
  isAcronym,
  isParticle,
  isTitle,
  joinText,
  nameShaped,
  personEvidence,
  span,
} from "./name-shape.ts";
import { capitalizedPhrases } from "./phrases.ts";
import { APPOSITIVE, cleanRole, LOWER_ROLE } from "./roles.ts";
import { linkSurnames } from "./surnames.ts";
import { type Token, tokenize } from "./tokens.ts";

/** Nouns that follow a leader's surname: "the Example administration", "the Example era". */
const LEADER_NOUNS = new Set([
  "administration",
  "presidency",
  "era",
  "cabinet",
  "campaign",
  "family",
  "dynasty",
  "regime",
]);

/** "said Jane Example", "according to Jane Example": the name that follows is a speaker. */
const SAID_BEFORE = /\b(?:said|says|told|added|according to|asked|wrote)\s*,?\s*$/u;
/** A name followed by a verb of action or speech is the subject: a person. */
const ACTION_AFTER =
  /^\s+(?:(?:has|had|have|was|is)\s+)?(?:won|lost|said|says|told|met|left|spoke|thanked|conceded|called|urged|vowed|promised|denied|resigned|arrived|visited|announced|signed|wrote|became|died|survived|ran|led|won|wins|\p{Ll}{3,}ed)\b/u;

const ATTRIBUTION_AFTER =
  /^[\s,]*(?:said|says|told|added|noted|stated|wrote|argued|warned|explained|insisted|claimed|confirmed|announced|declared|replied|commented|remarked|affirmed|acknowledged|described|characterized|interpreted|believes|thinks)\b/u;

interface Found {
  mentions: NameMention[];
}

/**
 * People, places and organizations in an article, found from capitalized phrases with general
 * rules: titles and roles before a name, organization head words, a gazetteer for places, and
 * given-name and surname lexicons. A bare surname later in the text ("Example said") is linked
 * to the full name met earlier.
 */
export function extractNames(article: Article, places: Places): NameMention[] {
  const { text } = article;
  const countries = new Set<string>();
  const perSentence = article.sentences.map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    return { index, sentence: s, tokens, phrases: capitalizedPhrases(text, tokens) };
  });
  // Countries named anywhere give context for ambiguous place names.
  for (const { phrases } of perSentence) {
    for (const p of phrases) {
      const phrase = joinText(text, p.tokens).replace(/['’]s$/u, "");
      const top = places.lookup(phrase)[0] ?? places.demonym(phrase);
      if (top?.kind === "country" && top.country) countries.add(top.country);
    }
  }

  const found: Found = { mentions: [] };
  const singles: { tokens: Token[]; sentence: number; sentenceStart: boolean }[] = [];
  for (const { index, sentence, phrases, tokens: sentenceTokens } of perSentence) {
    for (const phrase of phrases) {
      let tokens = phrase.tokens;
      // Drop function words and dates at the edges: "During", "The", "On Wednesday".
      while (tokens.length > 0) {
        const t = tokens[0] as Token;
        const w = t.bare.toLowerCase();
        // Particles may open a name: "van der Example said".
        if (isParticle(t) && tokens.slice(1).some((x) => x.cap)) break;
        if (!t.cap || (isNonNameWord(w) && !isAcronym(t)) || MONTHS.has(w) || WEEKDAYS.has(w))
          tokens = tokens.slice(1);
        else break;
      }
      while (tokens.length > 0) {
        const t = tokens[tokens.length - 1] as Token;
        const w = t.bare.toLowerCase();
        if (!t.cap || MONTHS.has(w) || WEEKDAYS.has(w)) tokens = tokens.slice(0, -1);
        else break;
      }
      if (tokens.length === 0) continue;
      const ctx: Ctx = { text, places, countries, sentence: index, out: found.mentions };
      // A possessive splits the phrase unless the whole is a place ("People’s Republic of …").
      const wholePlace = tokens.some((t) => t.possessive) ? placePrefix(ctx, tokens) : null;
      const parts = wholePlace?.length === tokens.length ? [tokens] : splitAtPossessives(tokens);
      for (const part of parts) {
        const last = part[part.length - 1] as Token;
        const nextTokens = sentenceTokens.filter((t) => t.start >= last.end);
        const handled = classify(ctx, part, nextTokens, sentence.start);
        if (!handled) {
          singles.push({
            tokens: part,
            sentence: index,
            sentenceStart: (part[0] as Token).start === sentence.start,
          });
        }
      }
    }
  }
  linkSurnames(text, found.mentions, singles, places, countries);
  return found.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function splitAtPossessives(tokens: Token[]): Token[][] {
  if (!tokens.slice(0, -1).some((t) => t.possessive)) return [tokens];
  const parts: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    current.push(t);
    if (t.possessive) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  // Connectors left at the edges of a part ("of" in "X’s of Y") are not names.
  return parts
    .map((p) => {
      let s = 0;
      let e = p.length;
      while (s < e && !(p[s] as Token).cap) s++;
      while (e > s && !(p[e - 1] as Token).cap) e--;
      return p.slice(s, e);
    })
    .filter((p) => p.length > 0);
}

interface Ctx {
  text: string;
  places: Places;
  countries: Set<string>;
  sentence: number;
  out: NameMention[];
}

function emit(
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

function emitPlace(
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
function placePrefix(
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

function demonymPrefix(
  ctx: Ctx,
  tokens: readonly Token[],
): { length: number; place: PlaceCandidate } | null {
  for (let n = Math.min(tokens.length, 2); n >= 1; n--) {
    const place = ctx.places.demonym(joinText(ctx.text, tokens.slice(0, n)));
    if (place) return { length: n, place };
  }
  return null;
}

/** Classifies one capitalized phrase; returns false when it could not tell what it names. */
function classify(
  ctx: Ctx,
  tokens: Token[],
  after: readonly Token[],
  sentenceStart: number,
): boolean {
  const { text } = ctx;
  const phraseText = joinText(text, tokens);
  const lowerWords = tokens.map((t) => t.bare.toLowerCase());

  // 1. Institutions named by their seat: "the Kremlin", "the White House".
  if (
    INSTITUTION_PHRASES.has(phraseText) ||
    (tokens.length === 1 && INSTITUTION_METONYMS.has((tokens[0] as Token).bare))
  ) {
    emit(ctx, "organization", tokens);
    return true;
  }

  // 2. A place the gazetteer knows by the whole phrase: "Democratic People’s Republic of Korea".
  const whole = placePrefix(ctx, tokens);
  const orgHead = lowerWords.findIndex((w, i) => ORG_HEADS.has(w) && (tokens[i] as Token).cap);
  if (whole && whole.length === tokens.length && orgHead === -1) {
    emitPlace(ctx, tokens, whole.place);
    return true;
  }

  // 3. Titles: "Secretary of Defense Jane Q. Example III", "U.S. Defense Secretary Jane Example".
  const titled = titledPerson(ctx, tokens);
  if (titled) return true;

  // 4. Organizations: a phrase with a head word ("National Security Council", "Ministry of
  //    Defense"), minus a leading demonym ("the South Korean National Intelligence Service").
  if (orgHead >= 0 && tokens.length >= 2) {
    const dem = demonymPrefix(ctx, tokens);
    const rest = dem && dem.length <= orgHead ? tokens.slice(dem.length) : tokens;
    if (dem && rest !== tokens) emitPlace(ctx, tokens.slice(0, dem.length), dem.place, true);
    emit(ctx, "organization", rest);
    return true;
  }

  // 5. Acronyms: a country ("U.S.", "DPRK") or an organization ("NATO").
  if (tokens.length === 1 && isAcronym(tokens[0] as Token)) {
    if (whole) emitPlace(ctx, tokens, whole.place);
    else emit(ctx, "organization", tokens);
    return true;
  }

  // 6. Demonyms that stand for their country: "the Russian government", "North Korean troops".
  const dem = demonymPrefix(ctx, tokens);
  if (dem && dem.length === tokens.length) {
    const next = after[0];
    if (
      next &&
      !next.cap &&
      STATE_NOUNS.has(next.text.toLowerCase()) &&
      /^\s+$/.test(text.slice((tokens[tokens.length - 1] as Token).end, next.start))
    ) {
      emitPlace(ctx, tokens, dem.place, true);
    }
    return true;
  }

  // 7. People by the shape and words of their name, or a role just before it.
  const nextWord = after[0] && !after[0].cap ? after[0].bare.toLowerCase() : "";
  if (nameShaped(tokens) && LEADER_NOUNS.has(nextWord) && whole?.place.kind !== "country") {
    // "the Example administration", "the Example government": a leader's surname.
    emitPerson(ctx, tokens);
    return true;
  }
  if (nameShaped(tokens)) {
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    const before = text.slice(sentenceStart, first.start);
    const following = text.slice(last.end, last.end + 260);
    const role = LOWER_ROLE.exec(before)?.[1];
    const appositive = APPOSITIVE.exec(following)?.[1];
    const saidNext = ATTRIBUTION_AFTER.test(following.slice(0, 40));
    const saidBefore = SAID_BEFORE.test(before);
    const acted = tokens.length >= 2 && !whole && ACTION_AFTER.test(following.slice(0, 30));
    const strong = Boolean(role) || saidNext || saidBefore || Boolean(appositive);
    // A single word needs a strong cue and must not be a known place ("said Example").
    const single = tokens.length === 1 && strong && !whole && !isNonNameWord(first.bare);
    if (personEvidence(tokens) || acted || (tokens.length >= 2 && strong) || single) {
      const r = role ? cleanRole(role) : appositive ? cleanRole(appositive) : undefined;
      emitPerson(ctx, tokens, r);
      return true;
    }
  }

  // 8. A place by the start of the phrase, or an organization the lexicon knows.
  if (whole && orgHead === -1) {
    emitPlace(ctx, tokens.slice(0, whole.length), whole.place);
    return true;
  }
  if (isKnownOrganization(phraseText)) {
    emit(ctx, "organization", tokens);
    return true;
  }
  return false;
}

/**
 * Splits leading title words from a name and emits the person with that role. The role ends at
 * the last title word that a name follows ("Chief Cabinet Secretary Jane Example"), plus an
 * "of Defense" that completes it ("Secretary of Defense Jane Example").
 */
function titledPerson(ctx: Ctx, tokens: Token[]): boolean {
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!isTitle(tokens[i] as Token)) continue;
    let j = i + 1;
    while ((tokens[j] as Token | undefined)?.text === "of") {
      j++;
      while (
        j < tokens.length &&
        (DEPARTMENTS.has((tokens[j] as Token).bare.toLowerCase()) ||
          (tokens[j] as Token).text === "the")
      )
        j++;
    }
    let nameTokens = tokens.slice(j);
    let roleTail = "";
    // "President Jane Example of Examplia": the place after "of" belongs to the role.
    const ofAt = nameTokens.findIndex((t) => t.text === "of");
    if (ofAt > 0) {
      const tail = nameTokens.slice(ofAt + 1);
      const place = placePrefix(ctx, tail);
      if (place && place.length === tail.length) {
        emitPlace(ctx, tail, place.place);
        roleTail = ` of ${span(ctx.text, tail).text}`;
        nameTokens = nameTokens.slice(0, ofAt);
      }
    }
    if (!nameShaped(nameTokens)) continue;
    const roleTokens = tokens.slice(0, j);
    // What comes before the first title names a place or an organization: "Ukrainian
    // President", "U.S. Defense Secretary", "European Commission President".
    const firstTitle = roleTokens.findIndex((t) => isTitle(t));
    const head = roleTokens.slice(0, firstTitle);
    const modifiers = head.filter((t) => !DEPARTMENTS.has(t.bare.toLowerCase()));
    if (head.length > 0 && modifiers.length > 0) {
      const dem = demonymPrefix(ctx, head);
      const lead = dem ?? placePrefix(ctx, head);
      if (head.some((t) => ORG_HEADS.has(t.bare.toLowerCase()))) emit(ctx, "organization", head);
      else if (lead) emitPlace(ctx, head.slice(0, lead.length), lead.place, dem !== null);
      else if (isAcronym(head[0] as Token)) emit(ctx, "organization", head.slice(0, 1));
    }
    emitPerson(ctx, nameTokens, `${span(ctx.text, roleTokens).text}${roleTail}`);
    return true;
  }
  return false;
}

function emitPerson(ctx: Ctx, tokens: readonly Token[], role?: string): void {
  emit(ctx, "person", tokens, role ? { role } : {});
}
