/**
 * Reads the ECB+ corpus: one XML file per article (tokens, tagged mentions, coreference) and the
 * list of sentences annotated for coreference. See ../shared/datasets/ecbplus/README.md.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type XmlElement, xml } from "./xml.ts";

export interface GoldToken {
  sentence: number;
  text: string;
}

export interface GoldMention {
  /** The tag: HUMAN_PART_PER, LOC_GEO, TIME_DATE, ACTION_OCCURRENCE, … */
  tag: string;
  /** Indexes into the article's tokens, in order. */
  tokens: number[];
  /** The cross-document instance it refers to, or null when it is linked to none. */
  instance: string | null;
}

export interface GoldArticle {
  /** The file name without extension: "1_10ecbplus". */
  id: string;
  topic: number;
  /** The gold story: topic and half, "1ecb" or "1ecbplus" (the two look-alike events). */
  event: string;
  tokens: GoldToken[];
  mentions: GoldMention[];
  /** Each instance's human-readable name from the annotators ("t1_some_event"). */
  descriptors: Map<string, string>;
}

export interface Corpus {
  articles: GoldArticle[];
  /** Sentences annotated for coreference, as `${article id}/${sentence}`. */
  annotated: Set<string>;
}

const NAME = /^(\d+)_(\d+)(ecb|ecbplus)$/;

/** One article from its XML and its file name ("1_10ecbplus.xml"). */
export function parseArticle(source: string, file: string): GoldArticle {
  const id = file.replace(/\.xml$/, "");
  const parts = NAME.exec(id);
  if (!parts) throw new Error(`not an ECB+ file name: ${file}`);
  const doc = xml(source).children.find((e) => e.name === "Document");
  if (!doc) throw new Error(`${file}: no <Document>`);
  const tokens: GoldToken[] = [];
  const tokenIndex = new Map<string, number>();
  const child = (name: string) => doc.children.find((e) => e.name === name);
  for (const t of doc.children) {
    if (t.name !== "token") continue;
    tokenIndex.set(t.attributes.t_id ?? "", tokens.length);
    tokens.push({ sentence: Number(t.attributes.sentence), text: t.text });
  }

  // Mentions hold token anchors; instance descriptors hold none.
  const byId = new Map<string, { tag: string; tokens: number[] }>();
  const instanceOfTarget = new Map<string, string>();
  const descriptors = new Map<string, string>();
  for (const m of child("Markables")?.children ?? []) {
    const mid = m.attributes.m_id ?? "";
    const anchors = m.children.filter((a) => a.name === "token_anchor");
    if (anchors.length === 0) {
      const instance = m.attributes.instance_id;
      if (instance) instanceOfTarget.set(mid, instance);
      if (instance && m.attributes.TAG_DESCRIPTOR)
        descriptors.set(instance, m.attributes.TAG_DESCRIPTOR);
      continue;
    }
    const indexes = anchors.flatMap((a) => tokenIndex.get(a.attributes.t_id ?? "") ?? []);
    byId.set(mid, { tag: m.name, tokens: indexes.sort((a, b) => a - b) });
  }
  const instanceOf = new Map<string, string>();
  for (const r of child("Relations")?.children ?? []) {
    if (r.name !== "CROSS_DOC_COREF") continue;
    const target = r.children.find((e) => e.name === "target")?.attributes.m_id ?? "";
    const instance = r.attributes.note || instanceOfTarget.get(target);
    if (!instance) continue;
    for (const s of sources(r)) instanceOf.set(s, instance);
  }
  const mentions = [...byId].map(([mid, m]) => ({ ...m, instance: instanceOf.get(mid) ?? null }));
  return {
    id,
    topic: Number(parts[1]),
    event: `${parts[1]}${parts[3]}`,
    tokens,
    mentions: mentions.sort((a, b) => (a.tokens[0] ?? 0) - (b.tokens[0] ?? 0)),
    descriptors,
  };
}

function sources(relation: XmlElement): string[] {
  return relation.children.filter((e) => e.name === "source").map((e) => e.attributes.m_id ?? "");
}

/** `Topic,File,Sentence Number` rows as `${article id}/${sentence}` keys. */
export function parseAnnotated(csv: string): Set<string> {
  const keys = new Set<string>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(",").map((s) => s.trim());
    if (topic && file && sentence) keys.add(`${topic}_${file}/${sentence}`);
  }
  return keys;
}

/** The corpus in `dir`, optionally only some topics, articles in a stable order. */
export async function ecbplus(dir: string, topics?: ReadonlySet<number>): Promise<Corpus> {
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^\d+$/.test(e.name))
    .filter((e) => !topics || topics.has(Number(e.name)));
  const articles: GoldArticle[] = [];
  for (const folder of folders) {
    const files = (await readdir(join(dir, folder.name))).filter((f) =>
      NAME.test(f.replace(/\.xml$/, "")),
    );
    for (const f of files) {
      articles.push(parseArticle(await readFile(join(dir, folder.name, f), "utf8"), f));
    }
  }
  articles.sort((a, b) => a.topic - b.topic || compareIds(a.id, b.id));
  const annotated = parseAnnotated(await readFile(join(dir, "coreference-sentences.csv"), "utf8"));
  return { articles, annotated };
}

/** "1_2ecb" before "1_10ecb": by number, then ecb before ecbplus. */
function compareIds(a: string, b: string): number {
  const [, , na = "", ka = ""] = NAME.exec(a) ?? [];
  const [, , nb = "", kb = ""] = NAME.exec(b) ?? [];
  return ka === kb ? Number(na) - Number(nb) : ka < kb ? -1 : 1;
}
