import { articleFrames, sentenceTokens } from "../../core/event/article-frames.ts";
import { type FigureLabel, figureLabel } from "../../core/event/figure-label.ts";
import { figureVerb } from "../../core/event/figure-verb.ts";
import type { Frame } from "../../core/event/frame.ts";
import type { ClaimValue, FigureMention, NameMention } from "../../core/model.ts";
import { type Alignable, align, weakestPair } from "./align.ts";
import { allSay, eachSays } from "./explain.ts";
import { figureContext } from "./figure-context.ts";
import { figureTopic, figureValue } from "./figure-format.ts";
import {
  countsRepeats,
  FIGURE_THRESHOLD,
  figureMatch,
  firmFigures,
  type ReadFigure,
} from "./figure-match.ts";
import { figureAgreement, groupAgreement } from "./figure-status.ts";
import { firmGroup } from "./firm.ts";
import { shapeOf } from "./intervals.ts";
import type { Draft } from "./order.ts";
import type { Source } from "./source.ts";

interface Item extends Alignable, ReadFigure {
  from: Source;
  /** The hedge of the clause the figure is in ("may be trapped"), shown with the value. */
  hedge: string | null;
  /** What the figure counts, named from its clause (see figureLabel). */
  label: FigureLabel;
}

/**
 * One claim per figure fact: figures from different sources that count the same thing are
 * aligned best pair first (see figure-match.ts) and compared with their qualifiers (see
 * figure-status.ts); a figure no other source gives is a single-source claim.
 */
export function figureClaims(
  story: string,
  sources: readonly Source[],
  // Whether one gazetteer place lies in another; without a gazetteer, a place holds only itself.
  contains: (outer: string, inner: string) => boolean = (outer, inner) => outer === inner,
): Draft[] {
  const items: Item[] = sources.flatMap((from) => {
    const frames = articleFrames(from.article, from.facts);
    const tokens = sentenceTokens(from.article);
    const persons = new Set(
      from.facts.names.flatMap((n) => (n.type === "person" && n.entity ? [n.entity] : [])),
    );
    return from.facts.figures.map((figure) => {
      const frame = frames.find(
        (f) => f.sentence === figure.sentence && f.figures.includes(figure),
      );
      const sentence = from.article.sentences[figure.sentence] ?? {
        start: 0,
        end: from.article.text.length,
      };
      // Who the sentence names as doing or undergoing it, not as who says so.
      const namedAs = (type: NameMention["type"]) =>
        new Set(
          from.facts.names.flatMap((n) =>
            n.sentence === figure.sentence &&
            n.type === type &&
            n.entity &&
            !frame?.sayers.includes(n.entity)
              ? [n.entity]
              : [],
          ),
        );
      const others = from.facts.figures.filter(
        (o) => o !== figure && o.sentence === figure.sentence,
      );
      return {
        source: from.index,
        start: figure.start,
        from,
        figure,
        context: figureContext(from.article.text, sentence, figure, others),
        hedge: frame?.hedge ?? null,
        label: figureLabel(figure, frame, tokens[figure.sentence] ?? []),
        people: figurePeople(figure, frame, from.facts.names, persons),
        frame,
        verb:
          frame && countsRepeats(figure.noun)
            ? figureVerb(figure, frame, tokens[figure.sentence] ?? [])?.lemma
            : undefined,
        named: new Set(
          from.facts.names.flatMap((n) =>
            n.sentence === figure.sentence && n.entity && n.type !== "place" ? [n.entity] : [],
          ),
        ),
        persons: namedAs("person"),
        bodies: namedAs("organization"),
      };
    });
  });
  const groups = align<Item>(items, { score: figureMatch, threshold: FIGURE_THRESHOLD, join: 0.5 });
  // Figures already shown: aligned ones, then each single-source one as it is listed.
  const shown = groups.filter((g) => g.length > 1).flat();
  const drafts: Draft[] = [];
  const sameValue = (a: Item, b: Item) => figureAgreement(a.figure, b.figure) === "agree";
  const firm = (a: Item, b: Item) =>
    firmFigures(a, b, { contains }) &&
    !alsoGives(a, b.figure) &&
    !alsoGives(b, a.figure) &&
    (figureAgreement(a.figure, b.figure) !== "differ" || (inNews(a) && inNews(b)));
  for (const candidates of groups) {
    // Different values are shown side by side only on firm evidence (see firm.ts).
    const shownAs =
      candidates.length > 1
        ? firmGroup(candidates, groupAgreement(candidates.map((i) => i.figure)), sameValue, firm)
        : { group: candidates, status: "agree" as const };
    if (!shownAs) continue;
    const group = shownAs.group;
    const first = group[0];
    if (!first) continue;
    if (group.length === 1) {
      if (repeats(first, shown)) continue;
      shown.push(first);
    }
    const topic = figureTopic(group);
    const values = group.map((i) => figureClaimValue(i.from.article.id, i.figure, i.hedge));
    if (group.length === 1) {
      drafts.push({
        story,
        kind: "figure",
        topic,
        status: "single-source",
        values,
        explanation: `Only ${first.from.label} gives this figure: ${values[0]?.value}.`,
      });
      continue;
    }
    const status = shownAs.status;
    const said = group.map((i, k) => ({ label: i.from.label, value: values[k]?.value ?? "" }));
    const explanation =
      status === "agree"
        ? allSay(group.length, said[0]?.value ?? "")
        : status === "differ"
          ? eachSays(said)
          : `${eachSays(said)} ${whyCompatible(group.map((i) => i.figure))}`;
    const score = weakestPair(group, figureMatch);
    drafts.push({ story, kind: "figure", topic, status, values, explanation, score });
  }
  return drafts;
}

/**
 * News puts what happened first and background after ("In 2004 a tsunami killed…", a player's
 * season totals): two figures shown as contradicting each other must both come from the part
 * of their articles that reports the news, the first NEWS_SENTENCES sentences.
 */
const NEWS_SENTENCES = 10;

function inNews(item: Item): boolean {
  return item.figure.sentence < NEWS_SENTENCES;
}

/**
 * What a claim shows for one source's figure, pointing at its exact words. A hedged figure
 * shows its hedge: "about 60 (may be trapped)".
 */
export function figureClaimValue(
  source: string,
  f: FigureMention,
  hedge: string | null = null,
): ClaimValue {
  return {
    source,
    value: hedge ? `${figureValue(f)} (${hedge})` : figureValue(f),
    text: f.text,
    start: f.start,
    end: f.end,
    sentence: f.sentence,
    number: f.value,
    ...(f.max === undefined ? {} : { max: f.max }),
    unit: f.unit,
    qualifier: f.qualifier,
    ...(f.rate === undefined ? {} : { rate: f.rate }),
  };
}

/**
 * A source that repeats a figure ("at least 52 dead" in the lead and again below) gets no
 * second claim for it: the figure is already shown, aligned or as single-source.
 */
function repeats(item: Item, shown: readonly Item[]): boolean {
  return shown.some(
    (m) =>
      m.from === item.from &&
      m.figure.value === item.figure.value &&
      m.figure.max === item.figure.max &&
      m.figure.qualifier === item.figure.qualifier &&
      figureMatch(m, item) !== null,
  );
}

/** Why figures that are not the same number can still all be right. */
function whyCompatible(figures: readonly FigureMention[]): string {
  const both = figures.length === 2 ? "Both" : "All";
  const shapes = new Set(figures.map((f) => shapeOf(f.qualifier)));
  if (shapes.size === 1 && shapes.has("lower")) {
    return `${both} are lower bounds, so ${both.toLowerCase()} can be true.`;
  }
  if (shapes.size === 1 && shapes.has("upper")) {
    return `${both} are upper bounds, so ${both.toLowerCase()} can be true.`;
  }
  return `${both} can be true: the ranges their qualifiers allow overlap.`;
}

/**
 * The people a figure is about: those its clause names as doing what it tells, or, when the
 * clause reader found none ("The club's coach, Jane Example, lasted six months"), the people
 * named before the figure in its sentence who are not the ones saying it.
 */
function figurePeople(
  figure: FigureMention,
  frame: Frame | undefined,
  names: readonly NameMention[],
  persons: ReadonlySet<string>,
): Set<string> {
  const agents = (frame?.agents ?? []).filter((id) => persons.has(id));
  if (agents.length > 0) return new Set(agents);
  const sayers = new Set(frame?.sayers ?? []);
  return new Set(
    names.flatMap((n) =>
      n.type === "person" &&
      n.entity &&
      n.sentence === figure.sentence &&
      n.end <= figure.start &&
      !sayers.has(n.entity)
        ? [n.entity]
        : [],
    ),
  );
}

/**
 * Whether the item's sentence also gives the other's value, of the same kind: then the two
 * sentences list the same figures ("$1,799 and $2,199 models", "178 punches … of 207 thrown")
 * and the aligner paired the wrong two of them, not two accounts that differ.
 */
function alsoGives(item: Item, value: FigureMention): boolean {
  return item.from.facts.figures.some(
    (o) =>
      o !== item.figure &&
      o.sentence === item.figure.sentence &&
      o.kind === value.kind &&
      o.value === value.value,
  );
}
