import type { Places } from "../../core/geo/places.ts";
import { isGivenName, isNonNameWord, ORG_HEADS } from "../../core/names/lexicon.ts";
import { isEverydayWord } from "../../core/text/word-senses.ts";
import { isTitle, joinText } from "./name-shape.ts";
import type { Phrase } from "./phrases.ts";
import type { Token } from "./tokens.ts";

/**
 * A sentence written in title case ("Example Declares Emergency in Flooded East"): everyday
 * words other than titles are capitalized, and hardly any content word is in lower case. A
 * sentence full of names and titles ("Secretary Jane Example met Minister Kim") is not one.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let capitalEveryday = 0;
  let lowerContent = 0;
  for (const t of tokens.slice(1)) {
    const w = t.bare;
    if (!/^\p{L}{3,}$/u.test(w) || isNonNameWord(w)) continue;
    if (!t.cap) lowerContent++;
    else if (isEverydayWord(w) && !isGivenName(w) && !isTitle(t) && !ORG_HEADS.has(w.toLowerCase()))
      capitalEveryday++;
  }
  return capitalEveryday >= 2 && lowerContent === 0;
}

/**
 * The names inside a title-case phrase: places the gazetteer knows by several words, and runs of
 * words that are not everyday words ("Example Declares Emergency" -> "Example"). Everyday words
 * and function words end a run, unless they start a known place ("North Example").
 */
export function splitTitleCase(text: string, phrase: Phrase, places: Places): Phrase[] {
  const out: Phrase[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0)
      out.push({
        tokens: run,
        start: (run[0] as Token).start,
        end: (run[run.length - 1] as Token).end,
      });
    run = [];
  };
  const tokens = phrase.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const known = knownPlaceAt(text, tokens, i, places);
    if (known > 1) {
      flush();
      run = tokens.slice(i, i + known);
      flush();
      i += known - 1;
      continue;
    }
    const t = tokens[i] as Token;
    const w = t.bare;
    const plain = !t.cap || isNonNameWord(w) || (isEverydayWord(w) && !isGivenName(w));
    if (plain && !(/^\p{Lu}{2,}|\./u.test(w) && t.cap)) flush();
    else run.push(t);
  }
  flush();
  return out;
}

/** How many tokens from `i` name a place or a people the gazetteer knows (0 when none). */
function knownPlaceAt(text: string, tokens: readonly Token[], i: number, places: Places): number {
  for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
    const name = joinText(text, tokens.slice(i, i + n));
    if (places.lookup(name).length > 0 || places.demonym(name)) return n;
  }
  return 0;
}
