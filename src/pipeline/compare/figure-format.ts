import type { FigureMention } from "../../core/model.ts";
import { eventOf, nounClassOf, peopleWord } from "../../core/text/concepts.ts";
import { words } from "../../core/text/words.ts";
import type { FigureContext } from "./figure-context.ts";

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

// How an event reads after what was counted: "troops sent", "people killed".
const PARTICIPLE: Record<string, string> = {
  send: "sent",
  train: "trained",
  recruit: "recruited",
  kill: "killed",
  injure: "injured",
  missing: "missing",
  displace: "displaced",
  rescue: "rescued",
  arrest: "arrested",
  reduce: "cut",
  increase: "increase",
};

// Which event names the topic best when a clause has several: the more specific first.
// ("lost power" is too vague to name a topic, so "lose" is not here.)
const TOPIC_EVENTS = [
  "casualty",
  "kill",
  "injure",
  "missing",
  "arrest",
  "displace",
  "rescue",
  "send",
  "train",
  "recruit",
  "reduce",
  "increase",
];

/**
 * A few words for what a group of figures counts: "troops sent", "casualties", "people
 * killed", "price cut", "soldiers trained". Built from the first unit given (without leading
 * names: "Chilean soldiers" -> "soldiers") and the event the clauses share.
 */
export function figureTopic(
  figures: readonly { figure: FigureMention; context: FigureContext }[],
): string {
  // A unit of a known kind ("people", not a misread "earthquake"), then the fullest wording:
  // "days of talks" says more than "days".
  const rank = (f: FigureMention) => {
    const known = nounClassOf(f.noun) !== null || peopleWord(f.noun) !== undefined;
    return (known ? 100 : 0) + words(plainUnit(f.unit)).length;
  };
  const best = figures
    .map((f) => f.figure)
    .filter((f) => plainUnit(f.unit) !== "")
    .reduce<FigureMention | null>((b, f) => (b === null || rank(f) > rank(b) ? f : b), null);
  const unit = best ? plainUnit(best.unit) : "";
  // An event every source's clause names, else any: "sent" when one says "deployed" and
  // the other "joined the rescue effort".
  const sets = figures.map((f) => f.context.events);
  const event =
    TOPIC_EVENTS.find((e) => sets.every((s) => s.has(e))) ??
    TOPIC_EVENTS.find((e) => sets.some((s) => s.has(e)));
  const first = figures[0]?.figure;
  const implied = first?.noun ? peopleWord(first.noun) : undefined;
  if (event === "casualty") return "casualties";
  if (unit === "") {
    const fallback =
      first?.kind === "money" ? "amount" : first?.kind === "percent" ? "share" : "number";
    return event ? `${fallback} ${PARTICIPLE[event] ?? event}` : fallback;
  }
  // The unit already names the event: "deaths", "price cut".
  if (!event || implied || words(unit).some((w) => eventOf(w.key) === event)) return unit;
  return `${unit} ${PARTICIPLE[event] ?? event}`;
}

/** The unit as a topic: lowercase, without leading proper names or "new". */
function plainUnit(unit: string): string {
  const ws = words(unit);
  let i = 0;
  while (i < ws.length - 1 && (/^\p{Lu}/u.test(ws[i]?.text ?? "") || ws[i]?.key === "new")) i++;
  return ws
    .slice(i)
    .map((w) => w.text)
    .join(" ")
    .toLowerCase();
}
