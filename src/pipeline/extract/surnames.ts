import type { Places } from "../../core/geo/places.ts";
import type { NameMention } from "../../core/model.ts";
import { isNonNameWord } from "../../core/names/lexicon.ts";
import { shortForms } from "../../core/names/short-forms.ts";
import { isEverydayWord } from "../../core/text/word-senses.ts";
import { span } from "./name-shape.ts";
import type { Token } from "./tokens.ts";
import { townNamedLikePerson } from "./town-or-person.ts";

/**
 * Links single capitalized words to people named in full earlier in the article ("Example
 * noted, …" after "Jane Q. Example"). A word that is a person's short form is never a place:
 * a person called Lincoln is not Lincoln, Nebraska.
 */
/** A capitalized phrase the name finder could not tell the kind of, with the words around it. */
export interface Single {
  tokens: Token[];
  sentence: number;
  sentenceStart: boolean;
  before: string;
  after: string;
}

export function linkSurnames(
  text: string,
  mentions: NameMention[],
  singles: readonly Single[],
  places: Places,
  countries: Set<string>,
): void {
  const promoted = new Set(namesTakenUpBySurname(text, mentions, singles, places));
  for (const s of promoted) {
    const sp = span(text, s.tokens);
    mentions.push({ type: "person", ...sp, sentence: s.sentence, name: sp.text });
  }
  const people = mentions.filter((m) => m.type === "person");
  const short = new Map<string, NameMention>();
  for (const p of people)
    for (const s of shortForms(p.name))
      if (!short.has(s.toLowerCase())) short.set(s.toLowerCase(), p);
  // Places the gazetteer gave to a word that is also a person's short form are people.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as NameMention;
    if (
      m.type === "place" &&
      !m.demonym &&
      short.has(m.text.toLowerCase()) &&
      !places.lookup(m.text).some((p) => p.kind === "country")
    ) {
      mentions.splice(i, 1);
      mentions.push({
        type: "person",
        start: m.start,
        end: m.end,
        text: m.text,
        sentence: m.sentence,
        name: m.text,
      });
    }
  }
  for (const s of singles) {
    if (s.tokens.length > 1 && promoted.has(s)) continue;
    const t = s.tokens[0] as Token;
    const sp = span(text, s.tokens);
    if (short.has(sp.text.toLowerCase())) {
      mentions.push({ type: "person", ...sp, sentence: s.sentence, name: sp.text });
      continue;
    }
    if (s.tokens.length > 1) continue;
    const candidates = places.lookup(t.bare);
    const place = candidates.length > 0 ? places.choose(candidates, { countries }) : null;
    if (
      place &&
      !(s.sentenceStart && isNonNameWord(t.bare)) &&
      !townNamedLikePerson(place, t.bare, s.before, s.after, t.possessive)
    ) {
      mentions.push({
        type: "place",
        ...sp,
        sentence: s.sentence,
        name: place.name,
        placeKind: place.kind,
        placeId: place.id,
        geo: {
          lat: place.lat,
          lon: place.lon,
          ...(place.country ? { country: place.country } : {}),
        },
      });
    }
  }
}

/**
 * Runs of two or three words that are names and nothing else ("Examplo Vantresca"), which the
 * lexicons do not know, read as a person's name when the article goes on to call them by the
 * last word alone ("Vantresca, 34, was …"): organizations and places are not taken up by their
 * last word, people by their surname are, in every news style. Words that are everyday words,
 * places or acronyms are never such a name.
 */
function namesTakenUpBySurname(
  text: string,
  mentions: readonly NameMention[],
  singles: readonly Single[],
  places: Places,
): Single[] {
  const alone = new Set<string>();
  for (const s of singles) if (s.tokens.length === 1) alone.add((s.tokens[0] as Token).bare);
  for (const m of mentions) if (m.type === "person" && !/\s/u.test(m.text)) alone.add(m.text);
  const out: Single[] = [];
  for (const s of singles) {
    const n = s.tokens.length;
    if (n < 2 || n > 3) continue;
    const last = s.tokens[n - 1] as Token;
    if (!s.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.bare) && !isEverydayWord(t.bare)))
      continue;
    if (s.tokens.some((t) => places.lookup(t.bare).length > 0)) continue;
    if (places.lookup(span(text, s.tokens).text).length > 0) continue;
    if (!alone.has(last.bare)) continue;
    out.push(s);
  }
  return out;
}
