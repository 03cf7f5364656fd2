/**
 * Dates: TIME_DATE detection on the annotated sentences (gold trimmed of prepositions: "on
 * Tuesday" is "Tuesday"), judged like names: over a TIME_DATE right, over a mention that is not
 * a time wrong, elsewhere (other times, no gold mention) unjudged. Then days: two dates in
 * different articles of one predicted story that the project reads as the same day should be
 * one gold time instance (p); gold dates of one instance in one gold story, both detected,
 * should be read as the same day (r).
 */
import type { MappedArticle, MappedMention } from "./map-article.ts";
import { type MentionError, matchArticle, overlap } from "./match.ts";
import type { PredictedDate } from "./pipeline-output.ts";
import { crossPairs, type TypeScore, typeScore } from "./score-entities.ts";
import { groupBy, type PRF, withF1 } from "./score-stories.ts";

export interface SameDayGroup {
  /** The predicted story and day (false same day) or gold story and instance (missed). */
  key: string;
  parts: { key: string; mentions: number; texts: string[] }[];
}

export interface TimeScore {
  detection: TypeScore;
  sameDay: PRF & {
    predictedPairs: number;
    goldPairs: number;
    correctPairs: number;
    foundPairs: number;
  };
  wrong: MentionError[];
  missed: MentionError[];
  /** Same day in the project, different gold instances. */
  falseSameDay: SameDayGroup[];
  /** One gold instance, read as different days (or not as a day). */
  missedSameDay: SameDayGroup[];
}

interface Match {
  article: MappedArticle;
  date: PredictedDate;
  gold: MappedMention;
}

export function scoreTimes(articles: readonly MappedArticle[]): TimeScore {
  const c = { correct: 0, wrong: 0, unjudged: 0, gold: 0, found: 0 };
  const wrong: MentionError[] = [];
  const missed: MentionError[] = [];
  const matches: Match[] = [];
  for (const article of articles) {
    const {
      golds,
      predicted: dates,
      matched,
      usedGold,
      error,
    } = matchArticle(article, article.predicted.dates, (date, gold) =>
      gold.tag === "TIME_DATE" && gold.core ? overlap(date, gold.core) : 0,
    );
    for (const [date, gold] of matched) matches.push({ article, date, gold });
    for (const date of dates) {
      if (matched.has(date)) {
        c.correct++;
        continue;
      }
      const refuting = golds.find(
        (g) => !g.tag.startsWith("TIME_") && g.refute !== null && overlap(date, g.refute) > 0,
      );
      if (refuting) {
        c.wrong++;
        wrong.push(
          error(refuting.sentence, date.text, "date", `${refuting.tag} "${refuting.text}"`),
        );
      } else {
        c.unjudged++;
      }
    }
    for (const gold of golds) {
      if (gold.tag !== "TIME_DATE" || !gold.core) continue;
      c.gold++;
      if (usedGold.has(gold)) c.found++;
      else {
        missed.push(
          error(
            gold.sentence,
            article.predicted.text.slice(gold.core.start, gold.core.end),
            "date",
            gold.tag,
          ),
        );
      }
    }
  }
  return {
    detection: typeScore(c),
    ...sameDays(matches),
    wrong,
    missed,
  };
}

function sameDays(
  matches: readonly Match[],
): Pick<TimeScore, "sameDay" | "falseSameDay" | "missedSameDay"> {
  const linked = matches.filter((m) => m.gold.instance);
  const article = (m: Match) => m.article.id;
  const instance = (m: Match) => m.gold.instance ?? "";
  const day = (m: Match) => m.date.day ?? "";
  const parts = (ms: Match[], key: (m: Match) => string) =>
    [...groupBy(ms, key)].map(([k, g]) => ({
      key: k || "(not a day)",
      mentions: g.length,
      texts: [...new Set(g.map((m) => m.date.text))].slice(0, 5),
    }));
  let predictedPairs = 0;
  let correctPairs = 0;
  const falseSameDay: SameDayGroup[] = [];
  const dayed = linked.filter((m) => m.date.day);
  for (const [key, g] of groupBy(dayed, (m) => `${m.article.predicted.story} ${day(m)}`)) {
    predictedPairs += crossPairs(g, article);
    let right = 0;
    for (const same of groupBy(g, instance).values()) right += crossPairs(same, article);
    correctPairs += right;
    if (right < crossPairs(g, article)) falseSameDay.push({ key, parts: parts(g, instance) });
  }
  let goldPairs = 0;
  let foundPairs = 0;
  const missedSameDay: SameDayGroup[] = [];
  for (const [key, g] of groupBy(linked, (m) => `${m.article.event} ${instance(m)}`)) {
    goldPairs += crossPairs(g, article);
    let same = 0;
    for (const d of groupBy(
      g.filter((m) => m.date.day),
      day,
    ).values()) {
      same += crossPairs(d, article);
    }
    foundPairs += same;
    if (same < crossPairs(g, article)) missedSameDay.push({ key, parts: parts(g, day) });
  }
  return {
    sameDay: {
      ...withF1(
        predictedPairs === 0 ? 0 : correctPairs / predictedPairs,
        goldPairs === 0 ? 0 : foundPairs / goldPairs,
      ),
      predictedPairs,
      goldPairs,
      correctPairs,
      foundPairs,
    },
    falseSameDay,
    missedSameDay,
  };
}
