import type { NameMention } from "../../core/model.ts";
import { type AttributionContext, firstSpeakerFrom, isPossessive } from "./attribution-context.ts";
import { agrees, fullNameOf, personGender } from "./person-gender.ts";

// Past this many names before a pronoun, no single person stands out (and the scan stays short).
const MAX_NAMES = 24;

/**
 * The person "he" or "she" at `at` stands for, read from the people named in [from, at): only
 * when exactly one of them may be meant. A person may be meant unless the text gives them the
 * other gender; with two who may be meant ("Jane Roe met Tom Poe. He said …" when nothing says
 * Jane is a woman, or two men) the answer is null, because a wrong speaker is worse than none.
 * The mention returned is that person's last one not in the possessive ("Poe’s aide").
 */
export function personAntecedent(
  ctx: AttributionContext,
  pronoun: string,
  from: number,
  at: number,
): NameMention | null {
  const people = new Map<string, { fits: boolean; best: NameMention | null; last: NameMention }>();
  const first = firstSpeakerFrom(ctx, from);
  for (let k = first; k < ctx.speakers.length; k++) {
    const m = ctx.speakers[k];
    if (!m || m.start >= at) break;
    if (k - first >= MAX_NAMES) return null;
    if (m.type !== "person" || m.end > at) continue;
    // A bare surname that fits no single full name is a person of its own.
    const key = fullNameOf(ctx, m)?.name ?? m.name;
    const fits = agrees(pronoun, personGender(ctx, m));
    const seen = people.get(key);
    const best = isPossessive(ctx.text, m) ? (seen?.best ?? null) : m;
    people.set(key, { fits: (seen?.fits ?? true) && fits, best, last: m });
  }
  const meant = [...people.values()].filter((p) => p.fits);
  const [one] = meant;
  return meant.length === 1 && one ? (one.best ?? one.last) : null;
}
