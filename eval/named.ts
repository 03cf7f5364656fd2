/**
 * Which gold mentions are names, and which words of them. ECB+ tags every participant ("he",
 * "the police", "a Lisbon jury") with its prepositions ("in Lisbon"); Triangulate extracts
 * names only. A mention's core is trimmed of leading function words, cut at its first comma (an
 * appositive follows), and must end in a capitalized word: its head. The core is the run of
 * capitalized words (joined by "of", "and", quotes, …) that ends at the head. A mention whose
 * head is a common noun ("a Lisbon jury", "the Quill campaign") has no core: a name inside it
 * only modifies it. The core is a name when one of its words is one the corpus writes
 * capitalized mid-sentence more often than not ("Quill" is, "Police" and "MAN" are not).
 */

const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those its his her their our my your some any each every another " +
    "in on at of from to into onto near off by for with about around across outside inside within " +
    "throughout over under between among toward towards through during since until till after " +
    "before upon via per against beyond behind along amid amidst beside besides"
  ).split(" "),
);
const PRONOUNS = new Set(
  (
    "i me my mine we us our ours you your yours he him his she her hers it its they them their " +
    "theirs who whom whose which what that this these those himself herself itself themselves " +
    "ourselves yourself yourselves myself someone somebody anyone anybody everyone everybody"
  ).split(" "),
);
/** Words that may join the capitalized words of one name. */
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "de",
  "du",
  "da",
  "la",
  "le",
  "von",
  "van",
  "-",
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
]);
const TRAILING = /^(?:[^\p{L}\p{N}]+|['’]s)$/u;
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;

export interface NamedSpan {
  /** First and last-plus-one token of the span (indexes into the given words). */
  from: number;
  to: number;
  /** Characters to drop from the end of the last word: a possessive "'s" glued to it. */
  cut: number;
}

const bare = (w: string) => w.replace(/['’]s$/u, "");

/** Trims a mention's words: leading function words, trailing punctuation and possessives. */
export function trimMention(words: readonly string[]): NamedSpan | null {
  let from = 0;
  let to = words.length;
  const lower = (i: number) => (words[i] ?? "").toLowerCase();
  while (from < to && (FUNCTION_WORDS.has(lower(from)) || /^[^\p{L}\p{N}]+$/u.test(lower(from)))) {
    from++;
  }
  while (to > from && TRAILING.test(words[to - 1] ?? "")) to--;
  if (from >= to) return null;
  const last = words[to - 1] ?? "";
  const cut = /\p{L}['’]s$/u.test(last) ? 2 : /s['’]$/u.test(last) ? 1 : 0;
  return { from, to, cut };
}

/** The capitalized run that ends at a capitalized head, or null when the head is a common noun. */
export function nameCore(words: readonly string[]): NamedSpan | null {
  const trimmed = trimMention(words);
  if (!trimmed) return null;
  const comma = words.slice(trimmed.from, trimmed.to).indexOf(",");
  const span = comma > 0 ? trimMention(words.slice(0, trimmed.from + comma)) : trimmed;
  if (!span) return null;
  const head = bare(words[span.to - 1] ?? "");
  if (!CAPITALIZED.test(head) || PRONOUNS.has(head.toLowerCase())) return null;
  let from = span.to - 1;
  while (from > span.from) {
    const w = words[from - 1] ?? "";
    if (CAPITALIZED.test(w)) from--;
    else if (
      CONNECTORS.has(w.toLowerCase()) &&
      from - 2 >= span.from &&
      CAPITALIZED.test(words[from - 2] ?? "")
    ) {
      from -= 2;
    } else break;
  }
  return { ...span, from };
}

/** The name core when the mention is a name, else null (see the file comment). */
export function named(
  words: readonly string[],
  proper: (word: string) => boolean,
): NamedSpan | null {
  const core = nameCore(words);
  if (!core) return null;
  for (let i = core.from; i < core.to; i++) {
    const w = bare(words[i] ?? "");
    if (!/^\p{Lu}/u.test(w) || PRONOUNS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))
      continue;
    if (proper(w)) return core;
  }
  return null;
}

/**
 * Words the corpus writes capitalized mid-sentence more often than in lower case: "Police" is
 * not one (police, mostly), "Quill" is. From sentences of tokens; headlines in title case and
 * capitals say nothing about names and are passed over.
 */
export function properWords(sentences: Iterable<readonly string[]>): (word: string) => boolean {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const words of sentences) {
    const lettered = words.filter((w) => /^\p{L}/u.test(w));
    if (lettered.filter((w) => /^\p{Lu}/u.test(w)).length > lettered.length * 0.6) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i] as string;
      const key = bare(w).toLowerCase();
      if (/^\p{Lu}/u.test(w)) upper.set(key, (upper.get(key) ?? 0) + 1);
      else if (/^\p{Ll}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
    }
  }
  return (word) => {
    const key = bare(word).toLowerCase();
    return (upper.get(key) ?? 0) > (lower.get(key) ?? 0);
  };
}
