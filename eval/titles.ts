/**
 * Checks generated titles against the rules for titles in the site's voice, on ECB+: each
 * article's title written from its first body sentence (as for a source without a headline),
 * and each story's title. Nothing from ECB+ is stored; examples are printed.
 *
 *   node eval/titles.ts [--ecbplus DIR] [--topics 1,3]
 *
 * Rules: a source title ends at the end of its sentence or at a clause boundary (an ellipsis
 * only for a sentence too long for one); keeps an attribution and a negation or denial its
 * sentence has; a story title never starts inside what a headline says someone says or denies
 * ("… Disputes Report That X" never gives "X"), and has a verb or names a happening.
 */
import { resolve } from "node:path";
import { isEventNoun } from "../src/core/event/mention.ts";
import { tagText } from "../src/core/text/tagger.ts";
import { titleFromLead } from "../src/pipeline/ingest/headline.ts";
import { ecbplus } from "./ecbplus.ts";
import { runTriangulate } from "./pipeline-output.ts";
import { seed } from "./seed.ts";

const ATTRIBUTION = /\b(?:said|says|told|according to|reported|reports|claimed|claims)\b/iu;
const NEGATION = /\b(?:not|n't|never|no|denies|denied|disputes|disputed|rejects|rejected)\b/iu;
const CLAIM_BEFORE =
  /\b(?:that|says?|said|claims?|denies|denied|disputes?|rejects?|reports?)\s+$/iu;

function args(argv: readonly string[]): { dir: string; topics?: Set<number> } {
  let dir = resolve(import.meta.dirname, "../../shared/datasets/ecbplus");
  let topics: Set<number> | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--ecbplus") dir = resolve(argv[++i] ?? dir);
    if (argv[i] === "--topics") topics = new Set((argv[++i] ?? "").split(",").map(Number));
  }
  return topics ? { dir, topics } : { dir };
}

export function sourceTitleProblems(sentence: string, title: string): string[] {
  const s = sentence.replace(/\s+/g, " ").trim().replace(/[.]$/, "");
  const out: string[] = [];
  const body = title.replace(/…$/, "");
  const at = s.indexOf(body);
  const next = at >= 0 ? s.slice(at + body.length) : "";
  const boundary = next === "" || /^\s*(?:[,;]|[–—]|--)/u.test(next);
  if (title.endsWith("…") ? s.length <= 200 : !boundary) out.push("cut mid-clause");
  if (ATTRIBUTION.test(s) && !ATTRIBUTION.test(title)) out.push("attribution dropped");
  if (NEGATION.test(s) && !NEGATION.test(title)) out.push("negation dropped");
  return out;
}

export function storyTitleProblems(title: string, headlines: readonly string[]): string[] {
  const out: string[] = [];
  const lower = title.toLowerCase();
  for (const h of headlines) {
    const at = h.toLowerCase().indexOf(lower);
    if (at > 0 && CLAIM_BEFORE.test(h.slice(0, at))) out.push("starts inside a claim");
  }
  const tokens = tagText(title.replace(/^[^:]{2,40}:\s/u, "").toLowerCase());
  const verb = tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
  if (!verb && !tokens.some((t) => t.pos === "NOUN" && isEventNoun(t.lemma)))
    out.push("no verb, no happening");
  return [...new Set(out)];
}

async function main(): Promise<void> {
  const { dir, topics } = args(process.argv.slice(2));
  const corpus = await ecbplus(dir, topics);
  const seeds = corpus.articles.map(seed);
  const predicted = await runTriangulate(seeds, { latestDate: "2014-12-31" });
  const model = predicted.model;
  if (!model) throw new Error("no model");
  const counts = new Map<string, number>();
  const examples: string[] = [];
  const note = (kind: string, example: string) => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (examples.filter((e) => e.startsWith(kind)).length < 3) examples.push(`${kind}: ${example}`);
  };
  let sources = 0;
  for (const a of model.articles) {
    const first = a.sentences[0];
    if (!first) continue;
    const sentence = a.text.slice(first.start, first.end);
    const title = titleFromLead(sentence, a.file);
    sources++;
    for (const p of sourceTitleProblems(sentence, title)) note(`source ${p}`, title);
  }
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  for (const story of model.stories) {
    const headlines = story.sources.flatMap((id) => {
      const a = byId.get(id);
      return a && !a.titleGenerated ? [a.title] : [];
    });
    for (const p of storyTitleProblems(story.title, headlines)) note(`story ${p}`, story.title);
  }
  console.log(
    `${sources} source titles from first sentences, ${model.stories.length} story titles`,
  );
  for (const [kind, n] of [...counts].sort()) console.log(`${kind}: ${n}`);
  for (const e of examples) console.log(`  ${e}`);
}

if (import.meta.main) await main();
