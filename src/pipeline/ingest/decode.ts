/**
 * Seed bytes to a string. UTF-8 is the rule; a byte order mark says UTF-16 (little or big
 * endian), and UTF-16 without one is recognized when it is clearly text: most characters of
 * the first kilobytes have one zero byte, always on the same side. Nothing else is guessed, so a
 * Latin-1 file still reads as UTF-8 with U+FFFD where its bytes are not UTF-8 (and says so).
 */

export type SeedEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedSeed {
  text: string;
  encoding: SeedEncoding;
}

const SAMPLE = 4096;

/** The encoding the bytes are in, by byte order mark or by the shape of UTF-16 text. */
export function detectEncoding(bytes: Uint8Array): SeedEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  return utf16WithoutBom(bytes) ?? "utf-8";
}

/**
 * UTF-16 of mostly Latin-script text has a zero high byte in almost every character: zeros at
 * odd offsets (little endian) or even ones (big endian), almost never on the other side. A
 * binary file's zeros fall on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): SeedEncoding | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  const encoding =
    oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.02
      ? "utf-16le"
      : evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.02
        ? "utf-16be"
        : null;
  if (encoding === null) return null;
  // Clearly text: the decoded sample is printable (letters, spaces, punctuation, line breaks).
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, n));
  let printable = 0;
  for (const ch of sample) if (/[\p{L}\p{N}\p{P}\p{Zs}\n\r\t]/u.test(ch)) printable++;
  return printable >= sample.length * 0.9 ? encoding : null;
}

/** The text, without its byte order mark; invalid sequences become U+FFFD. */
export function decodeSeed(bytes: Uint8Array): DecodedSeed {
  const encoding = detectEncoding(bytes);
  // ignoreBOM: false strips a leading BOM of the encoding in use.
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  return { text, encoding };
}
