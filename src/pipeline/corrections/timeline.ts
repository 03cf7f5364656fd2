import type { CorrectionOf, Diagnostic, TimelineEvent } from "../../core/model.ts";
import { eventKey, withKeys } from "./keys.ts";
import type { Located } from "./read.ts";
import { ofKinds, stale } from "./stale.ts";

/**
 * The editors' timeline: each event gets its stable key, then an event correction suppresses
 * it or gives it a note. Ids stay as the timeline gave them.
 */
export function correctTimeline(
  events: readonly TimelineEvent[],
  corrections: readonly Located[],
  problems: Diagnostic[],
): TimelineEvent[] {
  const keyed: TimelineEvent[] = withKeys(events, eventKey);
  const suppressed = new Set<TimelineEvent>();
  for (const c of ofKinds(corrections, "event")) {
    const fix = c.correction as CorrectionOf<"event">;
    const event = keyed.find((x) => x.key === fix.event);
    if (!event) problems.push(stale(c, `no timeline event ${fix.event}`));
    else if (fix.suppress) suppressed.add(event);
    else event.correction = { note: fix.note ?? null };
  }
  return keyed.filter((x) => !suppressed.has(x));
}
