/**
 * The cleaning rules from the README, written out independently of src/ so that tests check
 * the documented behaviour rather than re-running the implementation.
 */
export function expectedClean(text: string): string {
  let s = text.replaceAll("\r\n", "\n").replaceAll("\r", "\n").replaceAll("\u0085", "\n");
  s = s.replaceAll("\u2028", "\n").replaceAll("\u2029", "\n\n").replaceAll("\t", " ");
  let out = "";
  for (const ch of s) if (!isDropped(ch.codePointAt(0) ?? 0)) out += ch;
  return out.toWellFormed().normalize("NFC");
}

/** A file's bytes as UTF-8 (every invalid sequence U+FFFD), then cleaned. */
export function expectedCleanText(bytes: Uint8Array): string {
  return expectedClean(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
}

/** A one-line field (title, outlet): cleaned, and every run of whitespace one space. */
export function expectedField(text: string): string {
  return expectedClean(text).replace(/\s+/g, " ").trim();
}

/** Whether the README's rule 3 drops this code point (newline aside). */
export function isDropped(c: number): boolean {
  const control = (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  const invisible = [0x061c, 0x200b, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad].includes(c);
  const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  return control || invisible || bidi;
}
