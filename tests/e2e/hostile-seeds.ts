import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hostileInputs } from "../support/hostile.ts";

/** Writes one seed file per hostile input, named by its id. */
export async function writeHostileSeeds(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const inputs = hostileInputs();
  for (const { id, bytes } of inputs) await writeFile(join(dir, `${id}.txt`), bytes);
  return inputs.length;
}

/**
 * The cleaning rules from the README, written out independently of src/ so that the test
 * checks the documented behaviour rather than re-running the implementation.
 */
export function expectedCleanText(bytes: Uint8Array): string {
  let s = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  s = s.replaceAll("\r\n", "\n").replaceAll("\r", "\n").replaceAll("\u0085", "\n");
  s = s.replaceAll("\u2028", "\n").replaceAll("\u2029", "\n\n").replaceAll("\t", " ");
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const control = (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
    const invisible = [0x061c, 0x200b, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad].includes(c);
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    if (!control && !invisible && !bidi) out += ch;
  }
  return out.toWellFormed().normalize("NFC");
}
