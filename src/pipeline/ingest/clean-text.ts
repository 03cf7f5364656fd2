/**
 * Turns untrusted seed text into the text every later stage and every page works on.
 *
 * The rules (documented in the README, and what the hostile-input test checks):
 * 1. Bytes are decoded as UTF-8 (or UTF-16, see decode.ts); every byte sequence that is not
 *    valid becomes U+FFFD.
 * 2. Line breaks are unified: CRLF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become "\n";
 *    PARAGRAPH SEPARATOR (U+2029) becomes a blank line. Tabs become spaces.
 * 3. Invisible characters that can hide or reorder text are dropped: C0 and C1 controls (except
 *    "\n"), DEL, bidirectional marks, embeddings, overrides and isolates, zero-width space, word
 *    joiner, byte order marks and soft hyphens. Zero-width joiners stay: emoji and several
 *    scripts need them.
 * 4. Lone surrogates become U+FFFD, and the result is normalized to NFC.
 *
 * They apply to every string a seed gives (body, front matter, page metadata, file names), once,
 * after the format's own escapes are decoded (YAML "\u202E", HTML "&#x202E;", Markdown
 * entities): cleaning before decoding would let an escaped character through.
 */

// Control characters, DEL and C1 controls, minus "\n" (U+000A) which carries structure.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Bidi marks/embeddings/overrides/isolates, ALM, zero-width space, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
/**
 * What can go before a format is parsed: everything rule 3 drops except the characters that
 * become line breaks or spaces (tab, CR, NEL), which a parser may need to see as they are.
 */
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;

export interface CleanResult {
  text: string;
  /** U+FFFD characters in the result and characters dropped, so ingest can warn about them. */
  replaced: number;
  dropped: number;
}

const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function cleanText(input: string): CleanResult {
  let dropped = 0;
  const text = input
    .toWellFormed()
    .replace(/\r\n?|\u0085|\u2028/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(/\t/g, " ")
    .replace(CONTROL, () => {
      dropped++;
      return "";
    })
    .replace(INVISIBLE, () => {
      dropped++;
      return "";
    })
    .normalize("NFC");
  let replaced = 0;
  for (const ch of text) if (ch === "\uFFFD") replaced++;
  return { text, replaced, dropped };
}

/**
 * A one-line field (title, outlet, byline, file name): the same rules, then every run of
 * whitespace, line breaks included, as one space. Empty when nothing is left.
 */
export function cleanField(input: string): string {
  return cleanText(input).text.replace(/\s+/g, " ").trim();
}

/**
 * Before a Markdown or HTML seed is parsed: CRLF and CR become "\n" and the characters rule 3
 * would drop anyway are dropped, so that none of them changes how the markup parses (a NUL
 * would become U+FFFD in Markdown). NEL and the Unicode separators stay for cleanText: inside
 * a quoted YAML value they are text, not line breaks.
 */
export function dropHidden(input: string): { text: string; dropped: number } {
  let dropped = 0;
  const text = input.replace(/\r\n?/g, "\n").replace(HIDDEN, () => {
    dropped++;
    return "";
  });
  return { text, dropped };
}
