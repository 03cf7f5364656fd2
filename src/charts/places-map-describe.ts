import { capitalize, count, listing } from "./words.ts";

/** How many places (and sources per place) the text alternative names before the table. */
const MAX_LISTED = 8;

/** A drawn place as the text alternative tells it. */
export interface DescribedPlace {
  place: { name: string; mentions: number };
  sources: readonly { label: string }[];
}

/** The places map's text alternative: the places, who names them, and what is only in the table. */
export function describePlaces(
  shown: readonly DescribedPlace[],
  missing: readonly { name: string }[],
  sourceCount: number,
): string {
  if (shown.length === 0 && missing.length === 0) return "No places to show.";
  const parts: string[] = [];
  if (shown.length > 0) {
    const listed = shown.slice(0, MAX_LISTED).map((d) => {
      const all = d.sources.map((s) => s.label);
      const names =
        all.length > MAX_LISTED
          ? [...all.slice(0, MAX_LISTED), `${all.length - MAX_LISTED} more sources`]
          : all;
      const m = count(d.place.mentions, "mention");
      return names.length > 0
        ? `${d.place.name} (${m}, in ${listing(names)})`
        : `${d.place.name} (${m})`;
    });
    const more = shown.length - MAX_LISTED;
    if (more > 0) listed.push(`${more} more, listed in the table`);
    parts.push(
      `Map of ${count(shown.length, "place")} named in ${count(sourceCount, "source")}: ${listing(listed)}.`,
    );
    const everywhere = shown.filter((d) => sourceCount > 1 && d.sources.length === sourceCount);
    if (everywhere.length > 0) {
      parts.push(
        `${capitalize(listing(everywhere.map((d) => d.place.name)))} ${everywhere.length === 1 ? "is" : "are"} named by every source.`,
      );
    }
  }
  if (missing.length > 0) {
    parts.push(
      `${capitalize(count(missing.length, "place"))} without coordinates ${missing.length === 1 ? "is" : "are"} only in the table: ${listing(missing.map((p) => p.name))}.`,
    );
  }
  return parts.join(" ");
}
