import type { FigureKind } from "../../core/model.ts";
import { type NounPhrase, nounPhraseAfter, ofPhraseAfter } from "./figure-noun-phrase.ts";
import type { NumberExpr } from "./number-parse.ts";
import { isCapitalized, type Token } from "./number-tokens.ts";

function word(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  return t?.kind === "word" && !t.newline ? t : undefined;
}

const PARTITIVE_DETERMINERS = new Set(["the", "these", "those", "their", "its"]);

/**
 * What a number counts, read after it (`i` is the token after the number, its sign or its
 * currency), by kind of figure: a percentage is "of" something or names it ("a 5% stake");
 * money is "in", "of" or "worth of" something or names it ("a $5 million aid package"); a count
 * names a plural ("2,000 nurses", "thousands of refugees", "2,000 of the nurses"), extended by
 * "of Y" ("4,000 crates of medical supplies").
 */
export function countedAfter(
  tokens: readonly Token[],
  i: number,
  kind: FigureKind,
  expr: NumberExpr,
  isRange: boolean,
): NounPhrase | null {
  const next = word(tokens, i);
  if (kind === "percent") {
    // "45% of voters", "5% of the population", "a 5% stake"
    return (
      ofPhraseAfter(tokens, i, { determiners: true, capitals: true, singular: true }) ??
      nounPhraseAfter(tokens, i, true)
    );
  }
  if (kind === "money") {
    // "$5 million worth of weapons", "$61 billion in aid", "a $5 million aid package"
    if (next?.lower === "worth" && word(tokens, i + 1)?.lower === "of") {
      return ofPhraseAfter(tokens, i + 1, { determiners: false, capitals: false, singular: true });
    }
    if (next?.lower === "in") {
      return isCapitalized(tokens[i + 1]) ? null : nounPhraseAfter(tokens, i + 1, true);
    }
    if (next?.lower === "of") {
      // "£12.5bn of assets"
      return ofPhraseAfter(tokens, i, { determiners: false, capitals: false, singular: true });
    }
    return nounPhraseAfter(tokens, i, true);
  }
  if (expr.vague && next?.lower === "of") {
    // "thousands of refugees"
    return ofPhraseAfter(tokens, i, { determiners: false, capitals: true, singular: false });
  }
  const singular = !expr.spelled && !isRange && expr.value === 1;
  let np = nounPhraseAfter(tokens, i, singular);
  if (!np && !expr.spelled && next?.lower === "of") {
    // "2,000 of the nurses"
    if (PARTITIVE_DETERMINERS.has(word(tokens, i + 1)?.lower ?? "")) {
      np = ofPhraseAfter(tokens, i, { determiners: true, capitals: true, singular: false });
    }
  }
  // "4,000 crates of medical supplies"
  if (np && word(tokens, np.last + 1)?.lower === "of") {
    const of = ofPhraseAfter(tokens, np.last + 1, {
      determiners: false,
      capitals: false,
      singular: true,
    });
    if (of) np = { ...np, last: of.last };
  }
  return np;
}
