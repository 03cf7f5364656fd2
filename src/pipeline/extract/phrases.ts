import { NAME_PARTICLES } from "../../core/names/lexicon.ts";
import type { Token } from "./tokens.ts";

/** A run of capitalized words: the raw material for names of people, places and organizations. */
export interface Phrase {
  tokens: Token[];
  start: number;
  end: number;
}

const CONNECTORS = new Set(["of", "for", "and", "the", "on", "&", ...NAME_PARTICLES]);

/**
 * Groups tokens into capitalized phrases. Lowercase connectors ("of", "for", particles like
 * "von") stay inside when a capital follows ("Center for Strategic and International Studies",
 * "Ursula von der Leyen"); "and" only inside a name that already has "of" or "for", so "Russia
 * and China" stays two phrases. Punctuation other than an initial's period ends a phrase, and so
 * does not a possessive: "Democratic People’s Republic of Korea" must reach the gazetteer whole.
 * The name finder splits at possessives when the whole is not a known name.
 */
export function capitalizedPhrases(text: string, tokens: readonly Token[]): Phrase[] {
  const out: Phrase[] = [];
  let run: Token[] = [];
  const flush = () => {
    // Connectors never end a phrase.
    while (run.length > 0 && !(run[run.length - 1] as Token).cap) run.pop();
    if (!run.some((t) => t.cap)) run = [];
    if (run.length > 0) {
      out.push({
        tokens: run,
        start: (run[0] as Token).start,
        end: (run[run.length - 1] as Token).end,
      });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = run[run.length - 1];
    const adjacent = prev ? /^[ \u00a0]+$/.test(text.slice(prev.end, t.start)) : true;
    if (prev && !adjacent) flush();
    if (t.cap) {
      run.push(t);
      continue;
    }
    // A connector joins when a capital follows, possibly after more connectors ("von der").
    let j = i + 1;
    while (j < tokens.length && CONNECTORS.has((tokens[j] as Token).text.toLowerCase())) j++;
    const next = tokens[j];
    const lower = t.text.toLowerCase();
    // Particles may also open a name when a capital follows: "said van der Berg".
    const opensName = run.length === 0 && NAME_PARTICLES.has(lower) && next?.cap === true;
    const connects =
      (run.length > 0 || opensName) &&
      CONNECTORS.has(lower) &&
      next?.cap === true &&
      /^[ \u00a0]+$/.test(text.slice(t.end, (tokens[i + 1] as Token).start)) &&
      (lower !== "and" || run.some((r) => r.text === "of" || r.text === "for")) &&
      (lower !== "the" || run[run.length - 1]?.text === "of");
    if (connects) run.push(t);
    else flush();
  }
  flush();
  return out;
}
