/**
 * Binary detection. A text seed may contain a stray NUL or a few bad bytes (those are cleaned),
 * but a file that opens with a known binary signature, or is full of NULs and invalid UTF-8,
 * is not an article.
 */
const SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (old .doc)
];

export function isBinary(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, 8192);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0 || (b < 0x09 && b !== 0)) suspicious++;
  }
  const invalid = countInvalidUtf8(sample);
  return suspicious + invalid >= 8 && (suspicious + invalid) / Math.max(sample.length, 1) > 0.1;
}

function countInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  let n = 0;
  for (const ch of text) if (ch === "\uFFFD") n++;
  return n;
}
