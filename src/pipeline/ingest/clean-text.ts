/**
 * Turns untrusted seed bytes into the text every later stage and every page works on.
 *
 * The rules (documented in the README, and what the hostile-input test checks):
 * 1. Bytes are decoded as UTF-8; every byte sequence that is not valid UTF-8 becomes U+FFFD.
 * 2. Line breaks are unified: CRLF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become "\n";
 *    PARAGRAPH SEPARATOR (U+2029) becomes a blank line. Tabs become spaces.
 * 3. Invisible characters that can hide or reorder text are dropped: C0 and C1 controls (except
 *    "\n"), DEL, bidirectional marks, embeddings, overrides and isolates, zero-width space, word
 *    joiner, byte order marks and soft hyphens. Zero-width joiners stay: emoji and several
 *    scripts need them.
 * 4. Lone surrogates become U+FFFD, and the result is normalized to NFC.
 */

// Control characters, DEL and C1 controls, minus "\n" (U+000A) which carries structure.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Bidi marks/embeddings/overrides/isolates, ALM, zero-width space, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;

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
