import type { EventContext } from "../../core/event/same-event.ts";
import { storyWeights } from "../../core/event/weights.ts";
import type { Article, ArticleFacts, Story, TimelineEvent } from "../../core/model.ts";
import { byCodeUnit } from "../../core/text/compare.ts";
import { distinctTitles } from "./distinct-titles.ts";
import { eventDate } from "./event-date.ts";
import { firstReported } from "./first.ts";
import { groupCandidates } from "./group.ts";
import { type Candidate, candidatesOf } from "./reports.ts";

/**
 * A story's timeline: every dated statement of its sources (see reports.ts), the same event
 * told by several sources merged into one (see group.ts and match.ts), each event with its
 * date across the reports (event-date.ts), a title saying who did what (frame-title.ts, no two
 * alike: distinct-titles.ts) and the source(s) that published it first. `articles` and `facts` are the story's members,
 * in story order, with their dates already resolved. Events are in date order, numbered from 1.
 */
export function buildTimeline(
  story: Story,
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  context: Omit<EventContext, "weight">,
): TimelineEvent[] {
  const factsOf = new Map(facts.map((f) => [f.source, f]));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  articles.forEach((article, order) => {
    const f = factsOf.get(article.id);
    // A source listed twice is read once.
    if (!f || seen.has(article.id)) return;
    seen.add(article.id);
    candidates.push(...candidatesOf(article, f, order));
  });

  const weight = storyWeights(candidates.map((c) => c.frame));
  const events = groupCandidates(candidates, { ...context, weight, ignoreDates: true }).map(
    (group) => {
      const reports = group.toSorted(
        (a, b) => a.order - b.order || a.report.start - b.report.start,
      );
      const best = group.reduce((m, c) =>
        c.title.length < m.title.length || (c.title.length === m.title.length && c.key < m.key)
          ? c
          : m,
      );
      const minKey = group.map((c) => c.key).sort()[0] ?? best.key;
      return {
        minKey,
        qualifiers: best.qualifiers,
        event: {
          id: "",
          story: story.slug,
          title: best.title.title,
          date: eventDate(reports.map((r) => r.date)),
          reports: reports.map((r) => r.report),
          firstReported: firstReported(
            reports.map((r) => ({ source: r.report.source, published: r.published })),
          ),
        } satisfies TimelineEvent,
      };
    },
  );

  events.sort(
    (x, y) =>
      byCodeUnit(x.event.date.start, y.event.date.start) ||
      byCodeUnit(x.event.date.end, y.event.date.end) ||
      byCodeUnit(x.event.title, y.event.title) ||
      byCodeUnit(x.minKey, y.minKey),
  );
  // Two events never share a title: the place, then the date's words, then a number tell them
  // apart (in date order, so the earlier keeps the plain title).
  const titles = distinctTitles(
    events.map((e) => ({ title: e.event.title, qualifiers: e.qualifiers })),
  );
  return events.map(({ event }, i) => ({
    ...event,
    title: titles[i] ?? event.title,
    id: `${story.slug}-event-${i + 1}`,
  }));
}
