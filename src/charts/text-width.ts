import { foldAccents } from "../core/text/fold.ts";
import { escapeXml } from "./svg.ts";

/**
 * Text width estimates, without a DOM: per-character advance widths (thousandths of an em) of
 * DejaVu Sans, Book and Bold, the default sans-serif on Linux, measured in Chromium. It is wider
 * than Arial, Helvetica, Segoe UI, Roboto and San Francisco, so on those systems the estimate errs
 * wide: a little extra white space, never clipped or overlapping text.
 */

const ASCII = 32;

// Advance widths of " " (32) through "~" (126).
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

// Typographic quotes, dashes, ellipsis, "≈", "·", "•", "×", "€", "£", "¥": [regular, bold].
const EXTRA: Record<string, readonly [number, number]> = {
  "\u00A0": [318, 348],
  "\u2018": [318, 380],
  "\u2019": [318, 380],
  "\u201C": [518, 657],
  "\u201D": [518, 657],
  "\u2013": [500, 500],
  "\u2014": [1000, 1000],
  "\u2026": [1000, 1000],
  "\u2248": [838, 838],
  "\u00B7": [318, 380],
  "\u2022": [590, 639],
  "\u00D7": [838, 838],
  "\u20AC": [636, 696],
  "\u00A3": [636, 696],
  "\u00A5": [636, 696],
};

/** Margin for kerning and rounding. */
export const SAFETY = 1.02;

export type Weight = "normal" | "bold";

function charWidth(ch: string, weight: Weight): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= ASCII && code < ASCII + REGULAR.length) {
    return (weight === "bold" ? BOLD : REGULAR)[code - ASCII] ?? 636;
  }
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra[weight === "bold" ? 1 : 0];
  // Accented Latin letters: the width of the letters they fold to ("é" as "e", "ß" as "ss").
  const base = foldAccents(ch);
  if (base !== ch && /^[\x20-\x7e]+$/.test(base)) {
    let width = 0;
    for (const c of base) width += charWidth(c, weight);
    return width;
  }
  if (/\p{Mn}/u.test(ch)) return 0;
  // Wide scripts and emoji take a full em.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  ) {
    return 1000;
  }
  // Other scripts (Cyrillic, Greek, Arabic, …): about an average Latin capital.
  return weight === "bold" ? 760 : 690;
}

/** Estimated width of `text` set at `size` user units. */
export function textWidth(text: string, size: number, weight: Weight = "normal"): number {
  let total = 0;
  for (const ch of text) total += charWidth(ch, weight);
  return (total / 1000) * size * SAFETY;
}

/** Splits a word that is wider than `max` on its own into pieces that fit. */
function breakWord(word: string, max: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece !== "" && textWidth(piece + ch, size, weight) > max) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking at spaces; a single word too long for a line is cut across lines. Runs of
 * white space collapse to one space, as they would in rendered text. Always at least one line.
 */
export function wrapText(
  text: string,
  max: number,
  size: number,
  weight: Weight = "normal",
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, size, weight) <= max) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    if (textWidth(word, size, weight) <= max) {
      line = word;
    } else {
      const pieces = breakWord(word, max, size, weight);
      line = pieces.pop() ?? "";
      lines.push(...pieces);
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * How long `text` is once written into HTML, where & < > " ' become character references,
 * counted in UTF-16 code units as validators count it (an emoji is two).
 */
export function escapedLength(text: string): number {
  return escapeXml(text).length;
}

/**
 * Like shorten, but at most `max` characters as written in the HTML source: validators and
 * some search engines count a title's characters there, where an apostrophe is five.
 */
export function shortenEscaped(text: string, max: number): string {
  let out = text;
  for (let n = max; n > 1 && escapedLength(out) > max; n--) out = shorten(text, n);
  return out;
}

/** At most `max` characters (code points), cut at a space when one is near, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
