/**
 * General English word lists for finding who said a quotation. Nothing here names anyone: the
 * lists are the verbs reporters use to attribute speech, and the small function words around them.
 */

// Verbs of saying with regular inflection. Their -s, -ed and -ing forms are generated below.
const REGULAR = [
  "acknowledge",
  "add",
  "advise",
  "affirm",
  "agree",
  "allege",
  "announce",
  "answer",
  "argue",
  "ask",
  "assert",
  "assure",
  "boast",
  "call",
  "caution",
  "characterise",
  "characterize",
  "claim",
  "clarify",
  "comment",
  "complain",
  "conclude",
  "confirm",
  "contend",
  "continue",
  "counter",
  "declare",
  "deem",
  "demand",
  "deny",
  "describe",
  "disclose",
  "dispute",
  "echo",
  "elaborate",
  "emphasise",
  "emphasize",
  "exclaim",
  "explain",
  "frame",
  "highlight",
  "indicate",
  "inform",
  "insist",
  "interpret",
  "joke",
  "label",
  "lament",
  "maintain",
  "mention",
  "muse",
  "note",
  "observe",
  "plead",
  "pledge",
  "point",
  "post",
  "predict",
  "proclaim",
  "promise",
  "quote",
  "reassure",
  "recall",
  "recount",
  "reiterate",
  "remark",
  "reply",
  "report",
  "respond",
  "retort",
  "reveal",
  "scoff",
  "shout",
  "sigh",
  "state",
  "stress",
  "suggest",
  "summarise",
  "summarize",
  "term",
  "testify",
  "tweet",
  "underline",
  "underscore",
  "urge",
  "vow",
  "warn",
  "whisper",
  "yell",
];

// Irregular verbs and those that double their last consonant, spelled out.
const IRREGULAR = [
  "say",
  "says",
  "said",
  "saying",
  "tells",
  "told",
  "telling",
  "write",
  "writes",
  "wrote",
  "written",
  "writing",
  "admits",
  "admitted",
  "admitting",
  "quips",
  "quipped",
  "quipping",
  "dubs",
  "dubbed",
  "dubbing",
  "concede",
  "concedes",
  "conceded",
  "conceding",
];

// Bare forms that are rarely nouns, so "they say" or "experts warn" count, but "a call" does not.
const SAFE_BARE = [
  "add",
  "argue",
  "ask",
  "explain",
  "insist",
  "note",
  "say",
  "tell",
  "warn",
  "write",
];

function inflect(base: string): string[] {
  if (base.endsWith("ee")) return [`${base}s`, `${base}d`, `${base}ing`];
  if (base.endsWith("e")) return [`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [`${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return [`${base}es`, `${base}ed`, `${base}ing`];
  return [`${base}s`, `${base}ed`, `${base}ing`];
}

const VERBS = new Set([...REGULAR.flatMap(inflect), ...IRREGULAR, ...SAFE_BARE]);

/** A form of a verb of saying ("said", "notes", "characterized", "adding"), lowercase input. */
export function isAttributionVerb(lower: string): boolean {
  return VERBS.has(lower);
}

/** Any token among `tokens` is a verb of saying. */
export function hasAttributionVerb(tokens: readonly { word: boolean; lower: string }[]): boolean {
  return tokens.some((t) => t.word && VERBS.has(t.lower));
}

/** Subject pronouns that can stand for a speaker. */
export const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);

/** Pronouns that stand for one person, and so point back to a person mention. */
export const PERSON_PRONOUNS = new Set(["he", "she"]);

/** Words that may sit between a speaker and the verb ("Smith also said", "Smith has since said"). */
export const ADVERBS = new Set([
  "also",
  "again",
  "already",
  "always",
  "angrily",
  "bluntly",
  "calmly",
  "candidly",
  "cautiously",
  "could",
  "did",
  "earlier",
  "emphatically",
  "eventually",
  "finally",
  "firmly",
  "first",
  "flatly",
  "frankly",
  "frequently",
  "further",
  "had",
  "has",
  "have",
  "herself",
  "himself",
  "initially",
  "itself",
  "just",
  "last",
  "later",
  "may",
  "might",
  "never",
  "now",
  "often",
  "once",
  "openly",
  "previously",
  "privately",
  "publicly",
  "quickly",
  "quietly",
  "recently",
  "repeatedly",
  "reportedly",
  "separately",
  "sharply",
  "should",
  "simply",
  "since",
  "still",
  "subsequently",
  "then",
  "themselves",
  "today",
  "tonight",
  "ultimately",
  "week",
  "will",
  "would",
  "yesterday",
]);

/** Prepositions that can join a name to a capitalized place or day ("Smith of Ukraine said"). */
export const LINKING_PREPOSITIONS = new Set(["of", "on", "in", "at", "from", "for"]);

/** Prepositions: a name right after one is an object ("requests from Smith"), not a subject. */
export const PREPOSITIONS = new Set([
  "about",
  "after",
  "against",
  "amid",
  "among",
  "around",
  "at",
  "before",
  "behind",
  "beside",
  "besides",
  "between",
  "by",
  "concerning",
  "despite",
  "during",
  "for",
  "from",
  "in",
  "including",
  "into",
  "like",
  "near",
  "of",
  "on",
  "onto",
  "over",
  "per",
  "regarding",
  "since",
  "than",
  "through",
  "throughout",
  "to",
  "toward",
  "towards",
  "under",
  "unlike",
  "upon",
  "via",
  "with",
  "within",
  "without",
]);

/**
 * How an appositive after a name usually begins (", a former official,", ", who was there,",
 * ", now a scholar,"), besides a capitalized word, a number or an -ing/-ed form.
 */
export const APPOSITIVE_STARTS = new Set([
  "a",
  "an",
  "the",
  "who",
  "whose",
  "which",
  "now",
  "then",
  "once",
  "former",
  "formerly",
  "currently",
  "previously",
  "also",
  "himself",
  "herself",
  "both",
  "one",
  "another",
  "his",
  "her",
  "its",
  "their",
  "as",
  "for",
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "when",
  "while",
  "like",
  "until",
  "still",
  "long",
  "newly",
]);

/** Auxiliaries of the passive voice: "was told", "were described". */
export const PASSIVE_AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Words before a verb of saying that make it part of a subordinate clause ("when asked"). */
export const SUBORDINATORS = new Set(["when", "if", "as", "once", "unless", "while", "after"]);
