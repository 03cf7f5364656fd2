/** What an event's title can be told apart by, most telling first: "in Rome", "(last week)". */
export interface Titled {
  title: string;
  qualifiers: readonly (string | null)[];
}

/**
 * Titles that no two events share. Events whose titles are equal get, kind by kind, the first
 * qualifier that their values tell apart (the place, then the date as the source words it);
 * what is still shared after every kind is numbered: "(2)", "(3)", in the events' order.
 */
export function distinctTitles(items: readonly Titled[]): string[] {
  const out = items.map((i) => i.title);
  const kinds = Math.max(0, ...items.map((i) => i.qualifiers.length));
  for (let kind = 0; kind < kinds; kind++) {
    for (const group of shared(out)) {
      const values = group.map((i) => items[i]?.qualifiers[kind] ?? null);
      if (new Set(values).size < 2) continue;
      group.forEach((i, k) => {
        const q = values[k];
        if (q) out[i] = `${out[i]} ${q}`;
      });
    }
  }
  for (const group of shared(out)) {
    group.forEach((i, k) => {
      if (k > 0) out[i] = `${out[i]} (${k + 1})`;
    });
  }
  return out;
}

/** Indexes of the titles that occur more than once, grouped by title, in order. */
function shared(titles: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  titles.forEach((t, i) => {
    const list = at.get(t);
    if (list) list.push(i);
    else at.set(t, [i]);
  });
  return [...at.values()].filter((g) => g.length > 1);
}
