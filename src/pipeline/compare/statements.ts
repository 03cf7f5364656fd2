import { oppositeDirections } from "../../core/event/direction.ts";
import { claimLabel } from "../../core/event/label.ts";
import { datesCompatible, type EventContext } from "../../core/event/same-event.ts";
import { formatDate } from "../../core/format.ts";
import type { ClaimValue, ClaimWhy, Range, StoryEvent } from "../../core/model.ts";
import { allSay } from "./explain.ts";
import type { Draft } from "./order.ts";
import { agrees, echoes, type ReportMatch, reportMatch } from "./report-match.ts";
import { reportedElsewhere } from "./reported-elsewhere.ts";
import type { Report } from "./reports.ts";
import { otherDays, tellsOtherOccasion, twoRemarks } from "./statement-apart.ts";

/** Statements are shown in full up to about this many characters. */
const MAX_CHARS = 200;
/** Sentences with fewer content words than this say too little to align or to single out. */
const MIN_WORDS = 3;

interface Edge {
  a: Report;
  b: Report;
  match: ReportMatch;
  score: number;
}

const keyOf = (r: Report) => `${r.from.article.id}#${r.sentence}`;

/**
 * What the sources say alike and what only one of them says, sentence by sentence, on the one
 * event model: two sources' sentences are one statement ("agree") when their clauses are the
 * same happening and their wording overlaps (see agrees); each sentence joins at most one
 * statement and a statement holds one sentence per source, strongest pairs first. A sentence
 * that carries a fact (a name, a figure or a date) is "only one source says" when no sentence
 * of another source echoes it and none of its happenings is one another source mentions
 * (`events`). Sentences an aligned claim already shows (`used`, "<source>#<sentence>") and
 * sentences that are mostly a quotation are not singled out.
 */
export function statementClaims(
  story: string,
  reports: readonly (readonly Report[])[],
  used: ReadonlySet<string>,
  apart: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  ctx: EventContext,
  events: readonly StoryEvent[],
  isActor: (entity: string) => boolean,
): Draft[] {
  const edges: Edge[] = [];
  const echoed = new Set<string>();
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      for (const a of reports[i] ?? []) {
        if (a.words.length < MIN_WORDS) continue;
        for (const b of reports[j] ?? []) {
          if (b.words.length < MIN_WORDS) continue;
          const match = reportMatch(a, b, ctx);
          if (echoes(match)) {
            echoed.add(keyOf(a));
            echoed.add(keyOf(b));
          }
          // Sentences dated to days that cannot meet tell two happenings, whatever clause the
          // date is in ("on Saturday" against "on Thursday" for two look-alike raids).
          // "Walked into the store" and "walked out of it" are opposite happenings.
          if (
            agrees(match, isActor) &&
            datesCompatible(a.when, b.when) &&
            !oppositeDirections(a.tokens, b.tokens) &&
            !otherNumbers(a, b) &&
            !otherDays(a.when, b.when) &&
            !otherOccasion(a, b) &&
            !twoRemarks(a.quotes, b.quotes) &&
            !apart.has(`${keyOf(a)}|${keyOf(b)}`)
          ) {
            edges.push({ a, b, match, score: strength(match) });
          }
        }
      }
    }
  }
  const drafts = groups(edges).map((g) => agreeDraft(story, g, names, isActor));
  const grouped = new Set(drafts.flatMap((d) => d.values.map((v) => `${v.source}#${v.sentence}`)));
  const elsewhere = reportedElsewhere(events);
  for (const list of reports) {
    for (const r of list) {
      const key = keyOf(r);
      if (
        used.has(key) ||
        grouped.has(key) ||
        echoed.has(key) ||
        (elsewhere.sentences.get(key)?.length ?? 0) > 0
      )
        continue;
      if (r.words.length < MIN_WORDS) continue;
      const { facts, article } = r.from;
      const carries = [facts.names, facts.figures, facts.dates].some((l) =>
        l.some((m) => m.sentence === r.sentence),
      );
      const range = article.sentences[r.sentence];
      if (!carries || !range || quoted(range, facts.quotes) >= 0.5) continue;
      drafts.push({
        story,
        kind: "statement",
        topic: topic(r),
        status: "single-source",
        values: [sentenceValue(r)],
        explanation: `Only ${r.from.label} reports this.`,
      });
    }
  }
  return drafts;
}

/**
 * Whether both sentences give numbers and none of one's is among the other's: "killed 10"
 * against "injured three", "five buildings away" against "three houses from the scene". Told
 * side by side as one statement, the numbers would look confirmed when they are not.
 */
function otherNumbers(a: Report, b: Report): boolean {
  const values = (r: Report) =>
    r.from.facts.figures.flatMap((f) => (f.sentence === r.sentence ? [f.value] : []));
  const va = values(a);
  const vb = values(b);
  return va.length > 0 && vb.length > 0 && !va.some((v) => vb.includes(v));
}

/** Whether one sentence tells of another occurrence and the other does not (see tellsOtherOccasion). */
function otherOccasion(a: Report, b: Report): boolean {
  const text = (r: Report) => {
    const range = r.from.article.sentences[r.sentence];
    return range ? r.from.article.text.slice(range.start, range.end) : "";
  };
  return tellsOtherOccasion(text(a)) !== tellsOtherOccasion(text(b));
}

/**
 * How strongly a pair agrees, to take the strongest first: wording and clause match, and the
 * same person saying it (one source's "the minister confirmed" against another's "the minister
 * affirmed" rather than against a third party's statement of the same fact).
 */
function strength(m: ReportMatch): number {
  const [x, y] = m.pair ?? [null, null];
  const sameSayer = x !== null && y !== null && x.sayers.some((s) => y.sayers.includes(s));
  return m.words + (m.event?.score ?? 0) + (sameSayer ? 0.2 : 0);
}

/**
 * How sure the statement aligner was, 0 to 1: the mean of the pair's word overlap and its best
 * clause match (the two things its thresholds test), for the review to list the weakest first.
 */
function confidence(m: ReportMatch): number {
  return Math.round(((m.words + (m.event?.score ?? 0)) / 2) * 1000) / 1000;
}

/**
 * Groups sentences along the strongest edges first: a sentence joins one group only, a group
 * holds one sentence per source, and a sentence joins a group only when it agrees with every
 * sentence already in it, so a chain of loose edges cannot make one statement of two.
 */
function groups(edges: Edge[]): { members: Report[]; edge: Edge }[] {
  const linked = new Set(edges.map((e) => `${keyOf(e.a)}|${keyOf(e.b)}`));
  const agreesWith = (x: Report, y: Report) =>
    linked.has(`${keyOf(x)}|${keyOf(y)}`) || linked.has(`${keyOf(y)}|${keyOf(x)}`);
  const sorted = [...edges].sort(
    (x, y) =>
      y.score - x.score ||
      x.a.from.index - y.a.from.index ||
      x.a.sentence - y.a.sentence ||
      x.b.from.index - y.b.from.index ||
      x.b.sentence - y.b.sentence,
  );
  const groupOf = new Map<string, { members: Report[]; edge: Edge }>();
  const out: { members: Report[]; edge: Edge }[] = [];
  for (const e of sorted) {
    const ga = groupOf.get(keyOf(e.a));
    const gb = groupOf.get(keyOf(e.b));
    if (ga && gb) continue;
    if (!ga && !gb) {
      const g = { members: [e.a, e.b], edge: e };
      out.push(g);
      groupOf.set(keyOf(e.a), g);
      groupOf.set(keyOf(e.b), g);
      continue;
    }
    const [g, add] = ga ? [ga, e.b] : [gb as { members: Report[]; edge: Edge }, e.a];
    if (g.members.some((m) => m.from === add.from || !agreesWith(m, add))) continue;
    g.members.push(add);
    groupOf.set(keyOf(add), g);
  }
  for (const g of out) g.members.sort((x, y) => x.from.index - y.from.index);
  return out;
}

function agreeDraft(
  story: string,
  g: { members: Report[]; edge: Edge },
  names: ReadonlyMap<string, string>,
  isActor: (entity: string) => boolean,
): Draft {
  const first = g.members[0] as Report;
  return {
    story,
    kind: "statement",
    topic: (g.edge.match.pair && claimLabel(g.edge.match.pair[0], g.edge.a.tokens)) || topic(first),
    status: "agree",
    values: g.members.map(sentenceValue),
    explanation: allSay(g.members.length, "this, in their own words"),
    why: whyOf(g.edge, names, isActor),
    score: confidence(g.edge.match),
  };
}

/** The shared who, what, where and when of the pair that made the group, in reader's words. */
function whyOf(
  e: Edge,
  names: ReadonlyMap<string, string>,
  isActor: (entity: string) => boolean,
): ClaimWhy {
  const m = e.match.event;
  const [x, y] = e.match.pair ?? [null, null];
  const placeName = (id: string) =>
    e.a.from.facts.names.find((n) => n.placeId === id && n.sentence === e.a.sentence)?.name ?? id;
  const weight = (w: { lemma: string }) => w.lemma;
  const words = e.a.words
    .filter((w) =>
      e.b.words.some((v) => v.lemma === w.lemma || w.senses.some((s) => v.senses.includes(s))),
    )
    .map(weight)
    .slice(0, 6);
  const date =
    x && y && m?.when ? x.when.find((d) => y.when.some((v) => v.start === d.start)) : undefined;
  return {
    what: x && y ? [...new Set([x.what.lemma, y.what.lemma])] : [],
    who: (m?.who ?? []).filter(isActor).map((id) => names.get(id) ?? id),
    where: [...new Set((m?.where ?? []).map(placeName))],
    when: date && date.precision === "day" ? formatDate(date.start) : null,
    words,
  };
}

/** A label from the sentence's first clause that names what is compared; the opening words else. */
function topic(r: Report): string {
  for (const f of r.frames) {
    const t = claimLabel(f, r.tokens);
    if (t) return t;
  }
  const range = r.from.article.sentences[r.sentence] ?? { start: 0, end: 0 };
  return trim(r.from.article.text.slice(range.start, range.end), 40);
}

function sentenceValue(r: Report): ClaimValue {
  const { article } = r.from;
  const range = article.sentences[r.sentence] ?? { start: 0, end: 0 };
  const text = article.text.slice(range.start, range.end);
  return {
    source: article.id,
    value: trim(text, MAX_CHARS),
    text,
    start: range.start,
    end: range.end,
    sentence: r.sentence,
  };
}

/** The share of a sentence's characters inside quotations. */
function quoted(sentence: Range, quotes: readonly Range[]): number {
  const length = sentence.end - sentence.start;
  if (length <= 0) return 0;
  let inside = 0;
  for (const q of quotes) {
    inside += Math.max(0, Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start));
  }
  return inside / length;
}

/** Cuts at a word boundary near `max` code points and marks the cut with an ellipsis. */
export function trim(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, "")}…`;
}
