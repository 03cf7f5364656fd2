import { isGivenName, isKnownSurname } from "../../core/names/lexicon.ts";
import { isEverydayWord } from "../../core/text/word-senses.ts";
import { onlyNames, personEvidence } from "./name-shape.ts";
import { brandShaped, knownOrganization } from "./org-evidence.ts";
import { APPOSITIVE, cleanRole, LOWER_ROLE } from "./roles.ts";
import type { Token } from "./tokens.ts";

/** "said Jane Example", "according to Jane Example": the name that follows is a speaker. */
const SAID_BEFORE = /\b(?:said|says|told|added|according to|asked|wrote)\s*,?\s*$/u;
/** A name followed by a verb of action or speech is the subject of that verb. */
const ACTION_AFTER =
  /^\s+(?:(?:has|had|have|was|is)\s+)?(?:won|lost|said|says|told|met|left|spoke|thanked|conceded|called|urged|vowed|promised|denied|resigned|arrived|visited|announced|signed|wrote|became|died|survived|ran|led|wins|\p{Ll}{3,}ed)\b/u;
const ATTRIBUTION_AFTER =
  /^[\s,]*(?:said|says|told|added|noted|stated|wrote|argued|warned|explained|insisted|claimed|confirmed|announced|declared|replied|commented|remarked|affirmed|acknowledged|described|characterized|interpreted|believes|thinks)\b/u;
/**
 * The pronoun that takes up the subject right after its verb of saying: "… said it would",
 * "… announced that he will", "… said its network".
 */
const PRONOUN_AFTER =
  /^[\s,]*(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|stated|added|told\s+\p{L}+)\s+(?:that\s+)?(he|she|his|her|it|its|they|their)\s+\p{Ll}/u;

export interface NameCues {
  /** The sentence before the phrase, and the text after it (a few hundred characters). */
  before: string;
  following: string;
  /** The phrase opens its sentence (so its first word is capitalized whatever it is). */
  sentenceStart: boolean;
  /** "the" comes just before: "the Example Reporter" is not a person. */
  afterThe: boolean;
  /** The phrase is, or starts with, a place the gazetteer knows; a country or region, or not. */
  place: boolean;
  wideArea: boolean;
}

export type NameKind = { type: "person"; role?: string } | { type: "organization" } | null;

/**
 * Whether a name-shaped phrase names a person, an organization, or neither can be told. A person
 * needs evidence of being one: a given name or surname the lexicon knows, initials, a role before
 * or after the name, or, as the subject of "said", words that are names and nothing else ("Jane
 * Kowalski said"). A subject of "said" made of everyday words ("Example Highway Patrol said") or
 * taken up by "it" is an organization; a single unknown word with no evidence is left alone.
 */
export function nameKind(tokens: readonly Token[], cues: NameCues): NameKind {
  const { before, following } = cues;
  const role = LOWER_ROLE.exec(before)?.[1];
  const appositive = APPOSITIVE.exec(following)?.[1];
  const roleText = role ? cleanRole(role) : appositive ? cleanRole(appositive) : undefined;
  const saidNext = ATTRIBUTION_AFTER.test(following.slice(0, 40));
  const saidBefore = SAID_BEFORE.test(before);
  const acted = ACTION_AFTER.test(following.slice(0, 30));
  const pronoun = saidNext || acted ? PRONOUN_AFTER.exec(following.slice(0, 80))?.[1] : undefined;
  const itPronoun = pronoun === "it" || pronoun === "its";
  const personPronoun = pronoun !== undefined && /^(?:he|she|his|her|him)$/u.test(pronoun);
  const speech = saidNext || saidBefore || acted;
  const person = (): NameKind =>
    cues.afterThe ? null : roleText ? { type: "person", role: roleText } : { type: "person" };

  const known = knownOrganization(textOf(tokens));
  const brand = tokens.some(brandShaped) || known;
  if (tokens.length >= 2) {
    if (known) return { type: "organization" };
    if (brand && !personEvidence(tokens)) return speech ? { type: "organization" } : null;
    // "Examplia Tech": a region and an everyday word, not a given name and a surname.
    const regionFirst = cues.wideArea && isEverydayWord((tokens[tokens.length - 1] as Token).bare);
    if (personEvidence(tokens) && !regionFirst) return itPronoun ? null : person();
    if (roleText && !cues.place) return person();
    if (!speech) return null;
    if (itPronoun) return { type: "organization" };
    // Names and nothing else: no word is an everyday word, none is a place.
    const namesOnly = !cues.place && onlyNames(tokens);
    if (namesOnly || personPronoun) return person();
    // Everyday words, capitalized mid-sentence, doing what organizations do.
    return !cues.sentenceStart && (saidNext || saidBefore) ? { type: "organization" } : null;
  }

  const word = (tokens[0] as Token).bare;
  if (brand) return speech || !cues.sentenceStart ? { type: "organization" } : null;
  const strong = Boolean(roleText) || saidNext || saidBefore;
  if (!strong && !acted) return null;
  if (itPronoun)
    return cues.place || (cues.sentenceStart && isEverydayWord(word))
      ? null
      : { type: "organization" };
  if (cues.place) return null;
  if (isKnownSurname(word) || isGivenName(word)) return strong ? person() : null;
  if (personPronoun && !isEverydayWord(word)) return person();
  // "… told Example on Friday", "Example announced": an everyday word capitalized mid-sentence.
  if (isEverydayWord(word) && !cues.sentenceStart && (saidNext || saidBefore || acted))
    return { type: "organization" };
  // "Example said": a word that is only a name, the subject of a verb of saying, is a person's
  // surname far more often than anything else; company-like endings are left alone.
  return (saidNext || saidBefore) && !COMPANY_ENDING.test(word) ? person() : null;
}

/** Endings of coined company names ("Examplecom", "Exampletel", "Examplesoft"). */
const COMPANY_ENDING = /(?:com|tel|tech|soft|net|corp|web|link|ware|tronics|sys)$/iu;

const textOf = (tokens: readonly Token[]) => tokens.map((t) => t.bare).join(" ");
