/**
 * Where each gold token landed in the pipeline's text. Whole sentences are found first, in
 * order; the tokens of a sentence that ingest changed (cleaned, cut) are then looked for one by
 * one between its neighbours. Anything not found (a headline ingest moved to the title, a line
 * dropped as boilerplate) is left unmapped rather than guessed.
 */
import type { Range } from "./detokenize.ts";

export interface Written {
  /** Each written sentence by number, as written into the seed. */
  sentences: ReadonlyMap<number, string>;
  /** Each token's place in its sentence's string, or null. */
  tokens: readonly (Range | null)[];
  /** Each token's sentence number. */
  tokenSentences: readonly number[];
}

/** A token may be this far after the previous one and still count as the next. */
const TOKEN_GAP = 12;

export function align(text: string, written: Written): (Range | null)[] {
  // Pass 1: sentences found verbatim, in order. A match may skip ahead only over text that
  // earlier unmatched sentences could account for, so a repeated short line is not taken from
  // further down.
  const at = new Map<number, number>();
  let cursor = 0;
  let slack = 0;
  for (const [n, s] of written.sentences) {
    const found = text.indexOf(s, cursor);
    if (found >= 0 && found - cursor <= slack + 4) {
      at.set(n, found);
      cursor = found + s.length;
      slack = 0;
    } else {
      slack += s.length + 2;
    }
  }
  const numbers = [...written.sentences.keys()];
  const regionOf = (n: number): Range => {
    const i = numbers.indexOf(n);
    let start = 0;
    for (let k = i - 1; k >= 0; k--) {
      const p = at.get(numbers[k] as number);
      if (p !== undefined) {
        start = p + (written.sentences.get(numbers[k] as number)?.length ?? 0);
        break;
      }
    }
    let end = text.length;
    for (let k = i + 1; k < numbers.length; k++) {
      const p = at.get(numbers[k] as number);
      if (p !== undefined) {
        end = p;
        break;
      }
    }
    return { start, end };
  };

  // Pass 2: tokens.
  const out: (Range | null)[] = [];
  let sentence = -1;
  let region: Range = { start: 0, end: 0 };
  let tokenCursor = 0;
  written.tokens.forEach((span, i) => {
    const n = written.tokenSentences[i] as number;
    const s = written.sentences.get(n);
    if (!span || s === undefined) {
      out.push(null);
      return;
    }
    const start = at.get(n);
    if (start !== undefined) {
      out.push({ start: start + span.start, end: start + span.end });
      return;
    }
    if (n !== sentence) {
      sentence = n;
      region = regionOf(n);
      tokenCursor = region.start;
    }
    const word = s.slice(span.start, span.end);
    const found = text.indexOf(word, tokenCursor);
    const limit = tokenCursor === region.start ? region.end : tokenCursor + TOKEN_GAP;
    if (found >= 0 && found + word.length <= region.end && found <= limit) {
      out.push({ start: found, end: found + word.length });
      tokenCursor = found + word.length;
    } else {
      out.push(null);
    }
  });
  return out;
}
