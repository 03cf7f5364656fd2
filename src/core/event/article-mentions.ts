import type { Article, ArticleFacts, DateMention, DateValue, FigureMention } from "../model.ts";
import type { TaggedToken } from "../text/tagger.ts";
import { synset, synsetsOf } from "../text/wordnet.ts";
import { agesIn } from "./ages.ts";
import { bySentence, sentenceTokens } from "./article-frames.ts";
import { clausesOf } from "./clause.ts";
import { eventMentions } from "./mention.ts";
import type { PlacedMention } from "./same-event.ts";

/**
 * Every event mention of an article, each with what its sentence names: the people and
 * organizations (entity ids), the places (gazetteer ids), the resolved dates that date it and
 * the things it counts.
 */
export function articleMentions(article: Article, facts: ArticleFacts): PlacedMention[] {
  const namesOf = bySentence(facts.names);
  const datesOf = bySentence(facts.dates);
  const figuresOf = bySentence(facts.figures);
  const out: PlacedMention[] = [];
  // A date read against a guessed anchor ("Friday" in the week of the latest date an undated
  // article names, often a background one) may be the wrong day: it must not keep two reports
  // apart. A publication date given, or a date line opening the text, is a sound anchor.
  const anchored = article.published !== null || openedByDateLine(article, facts);
  sentenceTokens(article).forEach((own, index) => {
    const inName = namesOf.get(index) ?? [];
    const names = inName.filter((n) => n.entity && !n.demonym);
    const participants = [
      ...new Set(names.filter((n) => n.type !== "place").map((n) => n.entity as string)),
    ];
    const places = [
      ...new Set(names.flatMap((n) => (n.type === "place" && n.placeId ? [n.placeId] : []))),
    ];
    const dated = (datesOf.get(index) ?? []).filter(
      (d) => d.value && (anchored || !d.value.inferred),
    );
    const clauses = clausesOf(own);
    const mentions = eventMentions(own, clauses).filter(
      // A word of a name is not a happening: the "ford" of a clinic, the "cook" of a mountain.
      (m) => !inName.some((n) => m.start < n.end && n.start < m.end),
    );
    const whenOf = datesByMention(mentions, dated);
    const countedOf = countsByMention(mentions, figuresOf.get(index) ?? [], own);
    const sentence = article.sentences[index];
    const ages = sentence ? agesIn(article.text.slice(sentence.start, sentence.end)) : [];
    mentions.forEach((m, k) => {
      out.push({
        ...m,
        source: article.id,
        sentence: index,
        participants,
        places,
        when: whenOf[k] ?? [],
        counted: countedOf[k] ?? [],
        lead: false,
        ages,
      });
    });
  });
  // The lead: the first sentences that tell of happenings (a date line tells of none). Not the
  // clustering's lead (pipeline/cluster/lead.ts, the first two body sentences past a date
  // stamp): on ECB+ that one links more background (same event P .871 -> .863).
  const leadSentences = [...new Set(out.map((m) => m.sentence))].slice(0, LEAD);
  for (const m of out) if (leadSentences.includes(m.sentence)) m.lead = true;
  return out;
}

/** Sentences of happenings that make an article's lead. */
const LEAD = 2;

/**
 * What each happening of a sentence counts, as living beings or things (see countedKind): a
 * count goes to the happening it is the subject of or stands nearest ("40 nurses have been
 * sent", "sent 300 tents").
 */
function countsByMention(
  mentions: readonly { start: number; end: number }[],
  figures: readonly FigureMention[],
  tokens: readonly TaggedToken[],
): string[][] {
  const out: string[][] = mentions.map(() => []);
  for (const f of figures) {
    if (f.kind !== "count" || !f.noun || mentions.length === 0) continue;
    const kind = countedKind(f.noun);
    const list = out[countedBy(mentions, f, tokens)] as string[];
    if (kind && !list.includes(kind)) list.push(kind);
  }
  return out;
}

/** WordNet's noun classes of living beings (animal, group, person) and of things. */
const ANIMATE_FILES = new Set([5, 14, 18]);
const THING_FILES = new Set([6, 15, 17, 20, 27]);

/**
 * "beings" when a counted noun's main sense in WordNet is a person, a group or an animal
 * ("troop", "raider"), "things" when it is an artifact, a place, an object, a plant or a
 * substance ("container", "village"), else null: counts, spans and units say nothing either way.
 */
export function countedKind(noun: string): string | null {
  const first = synsetsOf(noun, "noun", 1)[0];
  const file = first === undefined ? undefined : synset(first)?.lexFile;
  if (file === undefined) return null;
  return ANIMATE_FILES.has(file) ? "beings" : THING_FILES.has(file) ? "things" : null;
}

/** Words that may stand between a subject and its verb: "nurses have already been sent". */
const VERB_GROUP = new Set(["AUX", "ADV", "PART"]);

/**
 * The happening a count is counted by: the verb it is the subject of ("since the flood, 40
 * nurses have been sent": sent, not the flood), else the nearest one.
 */
function countedBy(
  mentions: readonly { start: number; end: number }[],
  f: FigureMention,
  tokens: readonly TaggedToken[],
): number {
  let t = tokens.findIndex((x) => x.start >= f.end);
  while (t >= 0 && t < tokens.length && VERB_GROUP.has((tokens[t] as TaggedToken).pos)) t++;
  const next = tokens[t];
  const subjectOf = next ? mentions.findIndex((m) => m.start === next.start) : -1;
  if (subjectOf >= 0) return subjectOf;
  let best = 0;
  let gap = Number.POSITIVE_INFINITY;
  mentions.forEach((m, i) => {
    const d = m.start >= f.end ? m.start - f.end : f.start >= m.end ? f.start - m.end : 0;
    if (d < gap) {
      gap = d;
      best = i;
    }
  });
  return best;
}

/**
 * Which dates date each happening of a sentence. A day ("Thursday", "March 3") dates every
 * happening the sentence tells: news tells one day's events in a sentence, and the quake
 * "recorded at 9:27 a.m. Sunday" is Sunday's quake. A longer span (a month, a year, a decade)
 * is more often background and dates only the nearest happening before it ("outraged readers
 * in the 1950s, has died"), or the first after it when it opens the sentence ("In March the
 * council voted").
 */
function datesByMention(
  mentions: readonly { start: number }[],
  dates: readonly DateMention[],
): DateValue[][] {
  const out: DateValue[][] = mentions.map(() => []);
  for (const d of dates) {
    if (!d.value) continue;
    if (d.value.precision === "day") {
      for (const list of out) list.push(d.value);
      continue;
    }
    let k = 0;
    for (let i = 1; i < mentions.length && (mentions[i] as { start: number }).start < d.start; i++)
      k = i;
    out[k]?.push(d.value);
  }
  return out;
}

/** Whether the date inferred as the article's publication date is a full date in its opening line. */
function openedByDateLine(article: Article, facts: ArticleFacts): boolean {
  const inferred = article.publishedInferred?.date;
  return (
    inferred !== undefined &&
    facts.dates.some(
      (d) => d.sentence === 0 && d.value && !d.value.inferred && d.value.start === inferred,
    )
  );
}
