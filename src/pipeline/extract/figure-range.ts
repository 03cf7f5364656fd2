import { currencyBefore } from "./figure-currency.ts";
import { isYearLike } from "./figure-dates.ts";
import { type NumberExpr, parseDigits, parseSpelled } from "./number-parse.ts";
import type { Token } from "./number-tokens.ts";

export interface NumberRange {
  /** The low end, scaled like the high end when only the high end has a scale. */
  low: number;
  high: NumberExpr;
  /** Token index of "%" after the low end ("5%-7%"), or -1. */
  lowPercent: number;
}

/** Verbs of change: "rose from 5% to 7%" is two figures, not a range. */
export const CHANGE_VERBS = new Set(
  `rose risen rise rises rising fell fallen fall falls falling increased increase increases
   increasing decreased decrease decreases decreasing declined decline declines declining dropped
   drop drops dropping grew grow grows growing grown jumped jump jumps climbed climb climbs soared
   surged plunged slipped edged cut cuts raised raise raises reduced reduce lowered lower went
   shrank shrunk expanded swelled ballooned tumbled slumped sank doubled tripled changed moved`
    .split(/\s+/)
    .filter(Boolean),
);

/** The scale a spelled high end carries: "three thousand" -> 1000, so "two to three thousand". */
function spelledScale(low: number, high: number): number {
  for (const m of [1e12, 1e9, 1e6, 1e3, 100]) {
    if (high % m === 0 && low < high / m) return m;
  }
  return 1;
}

/**
 * The high end of a range after `low`: "18,000 to 20,000", "10-20", "5%–7%", "between 10 and
 * 20" (pass "and" as the connector), "$5 million to $7 million", "5 to 7 million". Null when
 * what follows is not a larger number, or when both ends are years ("2019-2021").
 */
export function rangeAfter(
  tokens: readonly Token[],
  low: NumberExpr,
  connector: "to" | "and",
  money: boolean,
): NumberRange | null {
  let k = low.last + 1;
  let lowPercent = -1;
  if (tokens[k]?.text === "%" && !tokens[k]?.newline) lowPercent = k++;
  const c = tokens[k];
  const next = tokens[k + 1];
  if (!c || c.newline || !next || next.newline) return null;
  const joined =
    c.lower === connector ||
    (connector === "to" && (c.text === "–" || (c.text === "-" && c.adjacent && next.adjacent)));
  if (!joined) return null;
  k++;
  // "$5 million to $7 million": the high end may repeat the currency.
  const currency = currencyBefore(tokens, k + 1, k);
  if (money && currency && currency.first === k) k = currency.last + 1;
  const highToken = tokens[k];
  if (!highToken) return null;
  const high =
    highToken.kind === "num"
      ? low.spelled
        ? null
        : parseDigits(tokens, k, money)
      : low.spelled
        ? parseSpelled(tokens, k)
        : null;
  if (!high || high.vague || (high.suffix !== "" && high.suffix !== low.suffix)) return null;
  if (lowPercent >= 0 && tokens[high.last + 1]?.text !== "%") return null;
  if (isYearLike(low) && isYearLike(high)) return null;
  let value = low.value;
  if (!low.scaled && !low.spelled && high.scaled && value * high.scale < high.value) {
    value *= high.scale;
  } else if (low.spelled && high.spelled) {
    value *= spelledScale(low.value, high.value);
  }
  return high.value > value ? { low: Number(value.toPrecision(12)), high, lowPercent } : null;
}
