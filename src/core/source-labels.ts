import type { Article } from "./model.ts";

/**
 * How a story names its sources, on the page and in generated explanations alike: the outlet,
 * or "Source A", "Source B"… (in story order) when the outlet is unknown, since a headline is
 * too long to repeat in every sentence. Two sources from one outlet get a number. Shared by
 * compare (explanations) and emit (the page's labels), so the sentence and the list match.
 */
export function sourceLabels(
  articles: readonly Pick<Article, "id" | "outlet">[],
): Map<string, string> {
  const labels = articles.map((a, i) => ({
    id: a.id,
    label: a.outlet ?? `Source ${letter(i)}`,
  }));
  const count = new Map<string, number>();
  for (const l of labels) count.set(l.label, (count.get(l.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    labels.map((l) => {
      if ((count.get(l.label) ?? 0) < 2) return [l.id, l.label];
      const k = (seen.get(l.label) ?? 0) + 1;
      seen.set(l.label, k);
      return [l.id, `${l.label} (${k})`];
    }),
  );
}

/** A, B, … Z, AA, AB, … */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);
}
