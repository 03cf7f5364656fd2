/**
 * A seeded sample of the claims the pipeline shows, per status, each value with the sentence
 * it comes from: the sheet a person (or a reviewer who never sees the code) judges claim by
 * claim. The gold of ECB+ says which sentences report one happening, not whether two values
 * really contradict each other, so "differ" and "compatible" are judged by hand from it.
 */
import type { Article, Claim, Story } from "../src/core/model.ts";

const STATUSES = ["differ", "compatible", "agree", "single-source"] as const;

/** A small seeded generator (an LCG), so the same build gives the same sheet. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

export function claimSample(
  claims: readonly Claim[],
  articles: readonly Article[],
  perStatus: number,
  seed = 1,
  stories: readonly Story[] = [],
): string {
  const sourcesOf = new Map(stories.map((s) => [s.slug, s.sources]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentence = (source: string, n: number) => {
    const a = byId.get(source);
    const s = a?.sentences[n];
    return a && s ? a.text.slice(s.start, s.end).replace(/\s+/g, " ") : "";
  };
  const next = random(seed);
  const lines = [
    "# Claims to judge",
    "",
    "For each claim: are the values about the same fact of the same event, and does the status",
    "hold (agree: same content; differ: cannot all be true; compatible: all can be true)?",
    "A single-source claim is true when none of the story's other sources, given in full below",
    "it, tells the same thing, in any words.",
  ];
  for (const status of STATUSES) {
    const all = claims.filter((c) => c.status === status);
    const picked = all
      .map((c) => ({ c, r: next() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, perStatus)
      .map((x) => x.c);
    lines.push("", `## ${status} (${picked.length} of ${all.length})`);
    for (const c of picked) {
      lines.push("", `### ${c.id}: ${c.kind}, “${c.topic}”`);
      for (const v of c.values) {
        lines.push(
          `- ${v.source}: ${JSON.stringify(v.value)}`,
          `  > ${sentence(v.source, v.sentence)}`,
        );
      }
      if (status !== "single-source") continue;
      // Whether nobody else says it can only be judged against everything the others say.
      const own = new Set(c.values.map((v) => v.source));
      for (const id of sourcesOf.get(c.story) ?? []) {
        const text = byId.get(id)?.text.replace(/\s+/g, " ").trim();
        if (!own.has(id) && text) lines.push(`- other source ${id}:`, `  > ${text}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
