/**
 * Readable text from tokens, as a news site would print it: no space before a comma or after an
 * opening bracket, quotes turned the right way, "n't" and "'s" joined to their word. The later
 * ECB+ files also split hyphens, decimals, thousands and clock times ("five - boat", "3 . 9",
 * "09 : 56"): when no token of an article holds a hyphen, such splits are joined back.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Detokenized {
  /** One string per sentence. */
  sentences: string[];
  /** Per sentence, each token's place in that sentence's string (empty for blank tokens). */
  spans: Range[][];
}

const NO_SPACE_BEFORE = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  ")",
  "]",
  "}",
  "%",
  "...",
  "…",
  "''",
  "”",
  "’",
  "'s",
  "’s",
  "n't",
  "n’t",
  "'re",
  "'ll",
  "'ve",
  "'m",
  "'d",
]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "“", "‘", "#"]);
const CLITIC = /^(?:s|t|re|ll|ve|m|d)$/i;
const WORD = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const SHOWN: Record<string, string> = { "``": "“", "''": "”", "--": "—" };
const DOMAIN = /^(?:com|org|net|gov|edu|co|uk|html?)$/i;

/**
 * Detokenizes an article's sentences (arrays of token strings). `splitHyphens`: the tokenizer
 * split hyphenated words, numbers and times (the later ECB+ files), so a lone "-" between two
 * words is a hyphen rather than a dash.
 */
export function detokenize(
  sentences: readonly (readonly string[])[],
  splitHyphens: boolean,
): Detokenized {
  let openDouble = false;
  const out: Detokenized = { sentences: [], spans: [] };
  for (const tokens of sentences) {
    let text = "";
    const spans: Range[] = [];
    let glueNext = true;
    // A sentence with an even number of straight double quotes opens and closes its own.
    if (tokens.filter((t) => t.includes('"')).length % 2 === 0) openDouble = false;
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i] as string;
      const prev = tokens[i - 1] ?? "";
      const next = tokens[i + 1] ?? "";
      if (raw.trim() === "") {
        spans.push({ start: text.length, end: text.length });
        continue;
      }
      let shown = SHOWN[raw] ?? raw;
      let glue = glueNext || NO_SPACE_BEFORE.has(raw);
      glueNext = NO_SPACE_AFTER.has(raw);
      // Some tokens carry their quote: "The, said"
      if (raw.length > 1 && raw.startsWith('"')) openDouble = true;
      if (raw.length > 1 && raw.endsWith('"')) openDouble = false;
      if (raw === '"') {
        openDouble = i === 0 ? true : i === tokens.length - 1 ? false : !openDouble;
        glue = glue || !openDouble;
        glueNext = openDouble;
      } else if ((raw === "'" || raw === "’") && CLITIC.test(next) && WORD.test(prev)) {
        glue = true; // Quill ' s -> Quill's
        glueNext = true;
      } else if (raw === "'" && next === "'") {
        shown = "”";
        glue = true;
      } else if (raw === "'" && prev === "'") {
        shown = "";
        glue = true;
      } else if (raw === "'" || raw === "’") {
        glue = true; // a closing quote or a plural possessive
      } else if (raw === "-" && next === "-") {
        shown = "—";
        glueNext = false;
      } else if (raw === "-" && prev === "-") {
        shown = "";
        glue = true;
      } else if (splitHyphens && raw === "-" && WORD.test(prev) && WORD_START.test(next)) {
        glue = true;
        glueNext = true;
      } else if (splitHyphens && /^[.:,]$/.test(raw) && /\d$/.test(prev) && /^\d/.test(next)) {
        // 3 . 9, 09 : 56, 2 , 000 (a comma only before three digits)
        if (raw !== "," || /^\d{3}(?!\d)/.test(next)) glueNext = true;
      } else if (raw === "." && DOMAIN.test(next) && WORD.test(prev)) {
        glueNext = true;
      } else if (/^\p{Lu}$/u.test(raw) && prev === "." && /^\p{Lu}$/u.test(tokens[i - 2] ?? "")) {
        glue = true; // U . S . -> U.S.
      }
      if (text !== "" && !glue && shown !== "") text += " ";
      spans.push({ start: text.length, end: text.length + shown.length });
      text += shown;
    }
    out.sentences.push(text);
    out.spans.push(spans);
  }
  return out;
}
