import type { Claim } from "./model.ts";

/** Words of a value quoted to tell two claims with one topic apart. */
const HINT_WORDS = 6;

/** The first few words of a value, quoted, with "…" when cut: “What exactly are they doing? …”. */
function hint(value: string): string {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, HINT_WORDS).join(" ");
  return `“${head}${words.length > HINT_WORDS ? "…" : ""}”`;
}

/**
 * A label per claim that no other claim in the list shares. A claim's topic ("troops sent",
 * "Ann Example's quote") is its label when it is the only one with that topic; claims that share a
 * topic add what tells them apart: a quote or statement its first words, anything else its
 * value ("boats sunk: about 40"). Should two still match, they are numbered. Charts, lists and
 * titles use the same labels, so a row and its entry read the same.
 */
export function claimLabels(
  claims: readonly (Pick<Claim, "id" | "kind" | "topic"> & {
    values: readonly { value: string }[];
  })[],
): Map<string, string> {
  const byTopic = new Map<string, number>();
  for (const c of claims) byTopic.set(c.topic, (byTopic.get(c.topic) ?? 0) + 1);
  const first = claims.map((c) => {
    if ((byTopic.get(c.topic) ?? 0) < 2) return c.topic;
    const value = c.values[0]?.value ?? "";
    if (value.trim() === "") return c.topic;
    const wordy = c.kind === "quote" || c.kind === "statement";
    return `${c.topic}: ${wordy ? hint(value) : value.trim()}`;
  });
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const l of first) total.set(l, (total.get(l) ?? 0) + 1);
  return new Map(
    claims.map((c, i) => {
      const label = first[i] ?? c.topic;
      if ((total.get(label) ?? 0) < 2) return [c.id, label];
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return [c.id, `${label} (${n})`];
    }),
  );
}
