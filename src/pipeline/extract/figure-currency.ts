import { phraseAt, phraseTable } from "./number-phrases.ts";
import type { Token } from "./number-tokens.ts";

/** Currency symbols written before the number. "$" alone is taken as US dollars. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₽", "RUB"],
  ["₩", "KRW"],
  ["₴", "UAH"],
  ["₺", "TRY"],
  ["₪", "ILS"],
  ["₦", "NGN"],
  ["₱", "PHP"],
  ["₫", "VND"],
  ["฿", "THB"],
]);

/** Letters written onto "$" that say whose dollar it is: "US$", "A$", "HK$". */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["us", "USD"],
  ["a", "AUD"],
  ["au", "AUD"],
  ["c", "CAD"],
  ["ca", "CAD"],
  ["nz", "NZD"],
  ["hk", "HKD"],
  ["s", "SGD"],
  ["nt", "TWD"],
  ["r", "BRL"],
  ["mx", "MXN"],
]);

/** ISO codes, written in capitals before or after the number: "USD 5 million", "5bn EUR". */
const CODES = new Set(
  `USD EUR GBP JPY CNY INR RUB KRW UAH CHF CAD AUD NZD HKD SGD BRL MXN ZAR TRY ILS NGN SEK NOK
   DKK PLN CZK HUF SAR AED QAR KWD EGP PKR BDT IDR MYR THB VND PHP TWD ARS CLP COP PEN KZT`
    .split(/\s+/)
    .filter(Boolean),
);

/** Currency names after the number. Bare "dollars" is taken as US dollars. */
const NAMES = phraseTable<string>([
  ["dollars", "USD"],
  ["dollar", "USD"],
  ["us dollars", "USD"],
  ["u.s. dollars", "USD"],
  ["american dollars", "USD"],
  ["canadian dollars", "CAD"],
  ["australian dollars", "AUD"],
  ["new zealand dollars", "NZD"],
  ["hong kong dollars", "HKD"],
  ["singapore dollars", "SGD"],
  ["taiwan dollars", "TWD"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["pounds sterling", "GBP"],
  ["sterling", "GBP"],
  ["yen", "JPY"],
  ["japanese yen", "JPY"],
  ["yuan", "CNY"],
  ["chinese yuan", "CNY"],
  ["renminbi", "CNY"],
  ["rupees", "INR"],
  ["indian rupees", "INR"],
  ["pakistani rupees", "PKR"],
  ["roubles", "RUB"],
  ["rubles", "RUB"],
  ["russian roubles", "RUB"],
  ["russian rubles", "RUB"],
  ["hryvnias", "UAH"],
  ["hryvnia", "UAH"],
  ["hryvnas", "UAH"],
  ["swiss francs", "CHF"],
  ["mexican pesos", "MXN"],
  ["argentine pesos", "ARS"],
  ["philippine pesos", "PHP"],
  ["turkish lira", "TRY"],
  ["lira", "TRY"],
  ["shekels", "ILS"],
  ["naira", "NGN"],
  ["rand", "ZAR"],
  ["reais", "BRL"],
  ["kronor", "SEK"],
  ["swedish kronor", "SEK"],
  ["norwegian kroner", "NOK"],
  ["danish kroner", "DKK"],
  ["zlotys", "PLN"],
  ["zloty", "PLN"],
]);

/** Names that are money only after a scale: "5 million pounds", but "5 pounds of rice". */
const SCALED_NAMES = phraseTable<string>([
  ["pounds", "GBP"],
  ["won", "KRW"],
]);

export interface CurrencySpan {
  code: string;
  first: number;
  last: number;
}

/** A currency written just before the number at token `i`: "$", "US$", "€", "USD ". */
export function currencyBefore(
  tokens: readonly Token[],
  i: number,
  floor: number,
): CurrencySpan | null {
  const number = tokens[i];
  const prev = tokens[i - 1];
  if (!number || !prev || i - 1 < floor || number.newline) return null;
  // "$US1 million", "$A20": the country's letters after the symbol, written onto the number.
  const dollar = tokens[i - 2];
  if (
    prev.kind === "word" &&
    number.adjacent &&
    prev.adjacent &&
    dollar?.text === "$" &&
    i - 2 >= floor &&
    prev.text === prev.text.toUpperCase()
  ) {
    const code = DOLLAR_PREFIXES.get(prev.lower);
    if (code !== undefined) return { code, first: i - 2, last: i - 1 };
  }
  const symbol = SYMBOLS.get(prev.text);
  if (symbol !== undefined && prev.kind === "sym") {
    const letters = tokens[i - 2];
    if (prev.text === "$" && letters?.kind === "word" && prev.adjacent && i - 2 >= floor) {
      const code = DOLLAR_PREFIXES.get(letters.lower);
      if (code !== undefined) return { code, first: i - 2, last: i - 1 };
      // "G$5" or "F$": some other dollar; keep the symbol, not the letters.
    }
    return { code: symbol, first: i - 1, last: i - 1 };
  }
  if (prev.kind === "word" && CODES.has(prev.text))
    return { code: prev.text, first: i - 1, last: i - 1 };
  return null;
}

/** A currency named at token `i`, after the number: "dollars", "euros", "USD". */
export function currencyAfter(
  tokens: readonly Token[],
  i: number,
  scaled: boolean,
): CurrencySpan | null {
  const t = tokens[i];
  if (!t || t.newline) return null;
  if (t.kind === "word" && CODES.has(t.text)) return { code: t.text, first: i, last: i };
  const match = phraseAt(tokens, i, NAMES) ?? (scaled ? phraseAt(tokens, i, SCALED_NAMES) : null);
  return match ? { code: match.value, first: match.first, last: match.last } : null;
}
