import type { FigureLabel } from "../../core/event/figure-label.ts";
import type { FigureMention } from "../../core/model.ts";

/**
 * How figures read on the page: "about 1,800", "over 40,000", "5,000 to 7,000 each month",
 * "$3.2 billion", "15%". Written out here rather than with toLocaleString so the output is the
 * same on every machine.
 */
export function figureValue(f: FigureMention): string {
  const amount =
    f.max === undefined ? money(f, f.value) : `${money(f, f.value)} to ${money(f, f.max)}`;
  const qualified = f.qualifier ? `${f.qualifier} ${amount}` : amount;
  return f.rate ? `${qualified} ${f.rate}` : qualified;
}

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };

function money(f: FigureMention, n: number): string {
  const text = formatNumber(n);
  if (f.kind === "percent") return `${text}%`;
  if (f.kind !== "money") return text;
  const symbol = f.currency ? SYMBOLS[f.currency] : undefined;
  if (symbol) return `${symbol}${text}`;
  return f.currency ? `${text} ${f.currency}` : text;
}

/** 1800 -> "1,800"; 1300000 -> "1.3 million"; 3200000000 -> "3.2 billion"; 7.5 -> "7.5". */
export function formatNumber(n: number): string {
  for (const [size, word] of [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    const scaled = n / size;
    if (Math.abs(scaled) >= 1 && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) {
      return `${formatNumber(Math.round(scaled * 100) / 100)} ${word}`;
    }
  }
  const [whole = "0", fraction] = String(Math.abs(n)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * The label of a group of figures that count one thing: the fullest one any source's clause
 * gives (see figureLabel: the counted thing and its happening before the counted thing alone,
 * before a measure alone, before "amount"); among equals the one most sources' clauses give,
 * then the first source's. Any source's label will do, as the group counts one thing.
 */
export function figureTopic(figures: readonly { label: FigureLabel }[]): string {
  const count = (text: string) => figures.filter((f) => f.label.text === text).length;
  let best: FigureLabel | undefined;
  for (const { label } of figures) {
    if (
      !best ||
      label.rank > best.rank ||
      (label.rank === best.rank && count(label.text) > count(best.text))
    ) {
      best = label;
    }
  }
  return best?.text ?? "number";
}
