import { MONTHS, WEEKDAYS } from "../../core/date-words.ts";
import { COMPASS, FACILITY_TAILS, PLACE_ONLY_TAILS } from "../../core/geo/landforms.ts";
import type { Places } from "../../core/geo/places.ts";
import type { Article, NameMention } from "../../core/model.ts";
import {
  INSTITUTION_METONYMS,
  INSTITUTION_PHRASES,
  isGivenName,
  isKnownOrganization,
  isNonNameWord,
  ORG_HEADS,
  STATE_NOUNS,
} from "../../core/names/lexicon.ts";
import { shortForms } from "../../core/names/short-forms.ts";
import { landform } from "./landforms.ts";
import {
  type Ctx,
  demonymPrefix,
  emit,
  emitPerson,
  emitPlace,
  placePrefix,
} from "./name-context.ts";
import { nameKind } from "./name-kind.ts";
import { isAcronym, isParticle, joinText, nameShaped, personEvidence } from "./name-shape.ts";
import { endsWithCompanyHead } from "./org-evidence.ts";
import { capitalizedPhrases } from "./phrases.ts";
import { standsForTeam } from "./sports.ts";
import { linkSurnames, type Single } from "./surnames.ts";
import { teamName, teamsAfterThe } from "./teams.ts";
import { isTitleCase, splitTitleCase } from "./title-case.ts";
import { titledPerson } from "./titled-person.ts";
import { type Token, tokenize } from "./tokens.ts";
import { townNamedLikePerson } from "./town-or-person.ts";

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
    const phrases = capitalizedPhrases(text, tokens);
    // In a title-case headline capitals say nothing: keep the parts that are names anyway.
    const split = isTitleCase(tokens)
      ? phrases.flatMap((p) => splitTitleCase(text, p, places))
      : phrases;
    return { index, sentence: s, tokens, phrases: split };
  });
  // Countries named anywhere give context for ambiguous place names.
  for (const { phrases } of perSentence) {
    for (const p of phrases) {
      const phrase = joinText(text, p.tokens).replace(/['’]s$/u, "");
      const top = places.lookup(phrase)[0] ?? places.demonym(phrase);
      // A region names its country too: a town's state says which country the town is in.
      if ((top?.kind === "country" || top?.kind === "region") && top.country)
        countries.add(top.country);
    }
  }

  const teams = teamsAfterThe(
    text,
    perSentence.flatMap((s) => s.phrases),
    places,
  );
  const found: Found = { mentions: [] };
  const singles: Single[] = [];
  for (const { index, sentence, phrases, tokens: sentenceTokens } of perSentence) {
    for (const phrase of phrases) {
      let tokens = phrase.tokens;
      // Drop function words and dates at the edges: "During", "The", "On Wednesday".
      while (tokens.length > 0) {
        const t = tokens[0] as Token;
        const w = t.bare.toLowerCase();
        // Particles may open a name: "van der Example said".
        if (isParticle(t) && tokens.slice(1).some((x) => x.cap)) break;
        // "New" opens names ("New Example City"); only alone is it an adjective.
        if (w === "new" && tokens[1]?.cap) break;
        if (!t.cap || (isNonNameWord(w) && !isAcronym(t)) || isDateWord(w) || RANKED.test(w))
          tokens = tokens.slice(1);
        else break;
      }
      while (tokens.length > 0) {
        const t = tokens[tokens.length - 1] as Token;
        const w = t.bare.toLowerCase();
        if (!t.cap || isDateWord(w)) tokens = tokens.slice(0, -1);
        else break;
      }
      if (tokens.length === 0) continue;
      const ctx: Ctx = { text, teams, places, countries, sentence: index, out: found.mentions };
      // A possessive splits the phrase unless the whole is a place ("People’s Republic of …").
      const wholePlace = tokens.some((t) => t.possessive) ? placePrefix(ctx, tokens) : null;
      const parts = wholePlace?.length === tokens.length ? [tokens] : splitAtPossessives(tokens);
      for (const part of parts) {
        const last = part[part.length - 1] as Token;
        const nextTokens = sentenceTokens.filter((t) => t.start >= last.end);
        const handled = classify(ctx, part, nextTokens, sentence.start);
        if (!handled) {
          singles.push({
            before: text.slice(sentence.start, (part[0] as Token).start),
            after: text.slice(last.end, last.end + 30),
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

/**
 * Words of the calendar that open or close a capitalized run without naming anything:
 * "Yesterday", "Monday", "Dec.", "Dec.14", "Sixty-year-old".
 */
function isDateWord(w: string): boolean {
  if (MONTHS.has(w) || WEEKDAYS.has(w) || /^(?:yesterday|today|tomorrow|tonight)$/u.test(w))
    return true;
  const month = /^(\p{L}+)\.\d+$/u.exec(w)?.[1];
  return (month !== undefined && MONTHS.has(month)) || /-year-old$/u.test(w);
}

/** Hyphened adjectives that open a name's phrase without being part of it: "Top-ranked". */
const RANKED = /^\p{L}+-(?:ranked|seeded|based|born)$/u;

const phraseStart = (tokens: readonly Token[]) => (tokens[0] as Token).start;

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

  // "the North", "the West": a compass word alone is a direction or a bloc, not a town.
  if (tokens.length === 1 && COMPASS.has(lowerWords[0] as string)) return true;

  // 2. A place the gazetteer knows by the whole phrase: "Democratic People’s Republic of Korea".
  const whole = placePrefix(ctx, tokens);
  const headAt = lowerWords.findIndex((w, i) => ORG_HEADS.has(w) && (tokens[i] as Token).cap);
  // "Example Micro Devices", "The Example Reporter": a company's or an outlet's last word.
  const afterThe = /\bthe\s+$/iu.test(
    text.slice(Math.max(0, phraseStart(tokens) - 5), phraseStart(tokens)),
  );
  const orgHead =
    headAt === -1 && endsWithCompanyHead(tokens) && (afterThe || !personEvidence(tokens))
      ? tokens.length - 1
      : headAt;
  const before = text.slice(sentenceStart, (tokens[0] as Token).start);
  const following = text.slice((tokens[tokens.length - 1] as Token).end);
  if (whole && whole.length === tokens.length && orgHead === -1) {
    const local = whole.place.kind === "city" || whole.place.kind === "region";
    if (local && standsForTeam(before, following.slice(0, 80))) {
      emit(ctx, "organization", tokens);
      return true;
    }
    const t = tokens[0] as Token;
    const personLike =
      tokens.length === 1 &&
      townNamedLikePerson(whole.place, t.bare, before, following.slice(0, 30), t.possessive);
    if (!personLike) {
      emitPlace(ctx, tokens, whole.place);
      return true;
    }
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

  // 4b. Seas, mountains, counties and world regions, named by their shape.
  const lastWord = (tokens[tokens.length - 1] as Token).bare.toLowerCase();
  const land =
    personEvidence(tokens) && !PLACE_ONLY_TAILS.has(lastWord)
      ? null
      : landform(text, tokens, ctx.places, ctx.countries);
  if (land) {
    const geo = land.within
      ? {
          geo: {
            lat: land.within.lat,
            lon: land.within.lon,
            ...(land.within.country ? { country: land.within.country } : {}),
          },
        }
      : {};
    emit(ctx, "place", tokens, { name: land.name, ...geo });
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

  // 7. Teams and parties: a place and a plural ("Example City Hawks"), or "the" and a plural.
  if (teamName(text, ctx.teams, ctx.places, tokens, whole?.length ?? 0)) {
    emit(ctx, "organization", tokens);
    return true;
  }

  // 8. People by the shape and words of their name, or a role just before it; organizations
  //    by what they do and the words they are made of.
  const nextWord = after[0] && !after[0].cap ? after[0].bare.toLowerCase() : "";
  if (nameShaped(tokens) && LEADER_NOUNS.has(nextWord) && whole?.place.kind !== "country") {
    // "the Example administration", "the Example government": a leader's surname.
    emitPerson(ctx, tokens);
    return true;
  }
  // "Example Street", "Example Stadium": a facility, which is neither a person nor a place here.
  if (tokens.length >= 2 && FACILITY_TAILS.has(lastWord)) return true;
  if (nameShaped(tokens)) {
    const first = tokens[0] as Token;
    const last = tokens[tokens.length - 1] as Token;
    // A word a person named earlier in the article goes by: linked after all phrases are read.
    if (tokens.length === 1 && isShortFormOfPerson(ctx, first.bare)) return false;
    if (tokens.length === 1 && isNonNameWord(first.bare)) return false;
    const kind = nameKind(tokens, {
      before: text.slice(sentenceStart, first.start),
      following: text.slice(last.end, last.end + 260),
      // Capitalized by its place: first in the sentence, or first inside a quotation.
      sentenceStart: /(?:^|[“"‘(:—])\s*$/u.test(before),
      afterThe,
      // A town named like a given name does not make "Example Jones" a place.
      place: whole !== null && !(whole.place.kind === "city" && isGivenName(first.bare)),
      wideArea: whole !== null && whole.place.kind !== "city",
    });
    if (kind?.type === "person") {
      emitPerson(ctx, tokens, kind.role);
      return true;
    }
    if (kind?.type === "organization") {
      emit(ctx, "organization", tokens);
      return true;
    }
  }

  // A place the gazetteer knows only by the start of a longer name is not that place: the
  // "Example City" in "Example City Examplers" is a team's, a company's or a road's.
  if (isKnownOrganization(phraseText)) {
    emit(ctx, "organization", tokens);
    return true;
  }
  return false;
}

/** Whether a person already named in the article goes by this word ("Example" for "Jane Example"). */
function isShortFormOfPerson(ctx: Ctx, word: string): boolean {
  return ctx.out.some(
    (m) =>
      m.type === "person" && shortForms(m.name).some((f) => f.toLowerCase() === word.toLowerCase()),
  );
}
