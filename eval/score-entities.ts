/**
 * People, organizations and places: detection on the annotated sentences, and merging across
 * articles. Recall is over gold mentions that are names (see named.ts). Precision judges a
 * predicted name only where the annotation speaks: over a gold mention of a compatible tag it is
 * right, over one of an incompatible tag wrong; anything else (no gold mention there, a place
 * inside a facility's name, a second name inside one gold mention) is counted as unjudged.
 * Gold and predicted mentions are matched one to one, largest overlap first.
 */
import type { Range } from "./detokenize.ts";
import type { MappedArticle, MappedMention } from "./map-article.ts";
import { type MentionError, matchArticle, overlap } from "./match.ts";
import type { NameType, PredictedName } from "./pipeline-output.ts";
import { groupBy, type PRF, prf, sum, withF1 } from "./score-stories.ts";

/** For each predicted type: the gold tags it agrees with, and those that neither confirm nor refute it. */
export const RELATION: Record<NameType, { compatible: string[]; neutral: string[] }> = {
  person: {
    compatible: ["HUMAN_PART_PER"],
    neutral: ["HUMAN_PART_GENERIC", "HUMAN_PART_MET", "HUMAN_PART"],
  },
  // A government is both a GPE and an organization; metonymy (HUMAN_PART_MET: an agency's acronym, a paper's
  // name) and facilities (a clinic, a court) may be organizations too: none of these is judged.
  organization: {
    compatible: ["HUMAN_PART_ORG"],
    neutral: [
      "HUMAN_PART_GPE",
      "HUMAN_PART_MET",
      "HUMAN_PART_GENERIC",
      "HUMAN_PART_FAC",
      "HUMAN_PART",
      "LOC_FAC",
    ],
  },
  // Facility and other location names legitimately hold place names ("a clinic in Lisbon").
  place: {
    compatible: ["LOC_GEO", "HUMAN_PART_GPE"],
    neutral: ["LOC_FAC", "LOC_OTHER", "HUMAN_PART_MET", "HUMAN_PART_FAC"],
  },
};

/** The predicted type each gold name tag is scored under. */
export const GOLD_TYPE: Record<string, NameType> = {
  HUMAN_PART_PER: "person",
  HUMAN_PART_ORG: "organization",
  LOC_GEO: "place",
  HUMAN_PART_GPE: "place",
};

export interface TypeScore extends PRF {
  /** Predictions over a compatible gold mention. */
  correct: number;
  /** Predictions over an incompatible gold mention. */
  wrong: number;
  /** Predictions in annotated sentences the gold does not speak to. */
  unjudged: number;
  /** Gold names, and how many a prediction of this type matched. */
  gold: number;
  found: number;
}

export interface MergeGroup {
  /** A predicted entity (false merge) or a gold instance (split). */
  key: string;
  topic: number;
  /** The gold instances (false merge) or predicted entities (split) it spans, with the words. */
  parts: { key: string; mentions: number; texts: string[] }[];
}

export interface EntityScore {
  person: TypeScore;
  organization: TypeScore;
  place: TypeScore;
  /**
   * Pairs of matched mentions in different articles of one topic (gold instances do not cross
   * topics): of those put in one entity, the share with one gold instance (p), and of those with
   * one gold instance, the share put in one entity (r).
   */
  merge: PRF & { predictedPairs: number; goldPairs: number; correctPairs: number };
  wrong: MentionError[];
  missed: MentionError[];
  /** Predictions not judged; `gold` says why (the neutral tag under it, or nothing there). */
  unjudged: MentionError[];
  falseMerges: MergeGroup[];
  splits: MergeGroup[];
}

interface Match {
  article: MappedArticle;
  name: PredictedName;
  gold: MappedMention;
}

export function scoreEntities(articles: readonly MappedArticle[]): EntityScore {
  const counts = {
    person: blank(),
    organization: blank(),
    place: blank(),
  };
  const wrong: MentionError[] = [];
  const missed: MentionError[] = [];
  const unjudged: MentionError[] = [];
  const matches: Match[] = [];

  for (const article of articles) {
    const {
      golds,
      predicted: names,
      matched,
      usedGold,
      error,
    } = matchArticle(article, article.predicted.names, (name, gold) =>
      RELATION[name.type].compatible.includes(gold.tag) ? overlap(name, gold.core ?? gold) : 0,
    );
    for (const [name, gold] of matched) matches.push({ article, name, gold });
    for (const name of names) {
      const c = counts[name.type];
      if (matched.has(name)) {
        c.correct++;
        continue;
      }
      const refuting = golds.find(
        (g) =>
          g.refute !== null &&
          overlap(name, g.refute) > 0 &&
          !RELATION[name.type].compatible.includes(g.tag) &&
          !RELATION[name.type].neutral.includes(g.tag),
      );
      if (refuting) {
        c.wrong++;
        wrong.push(
          error(refuting.sentence, name.text, name.type, `${refuting.tag} "${refuting.text}"`),
        );
      } else {
        c.unjudged++;
        const under = golds.find((g) => overlap(name, g) > 0);
        const why = !under
          ? "no gold mention"
          : RELATION[name.type].compatible.includes(under.tag)
            ? `${under.tag} already matched`
            : RELATION[name.type].neutral.includes(under.tag)
              ? `${under.tag} (neutral)`
              : `${under.tag} (a name only modifies it)`;
        unjudged.push(
          error(
            article.sentenceAt(name) ?? -1,
            name.text,
            name.type,
            `${why} "${under?.text ?? ""}"`,
          ),
        );
      }
    }
    for (const gold of golds) {
      const type = GOLD_TYPE[gold.tag];
      if (!type || !gold.core) continue;
      counts[type].gold++;
      const core = gold.core;
      if (usedGold.has(gold)) counts[type].found++;
      else missed.push(error(gold.sentence, textOf(article, core), type, gold.tag));
    }
  }

  return {
    person: typeScore(counts.person),
    organization: typeScore(counts.organization),
    place: typeScore(counts.place),
    ...merging(matches),
    wrong,
    missed,
    unjudged,
  };
}

function blank() {
  return { correct: 0, wrong: 0, unjudged: 0, gold: 0, found: 0 };
}

/** Precision over the judged predictions; recall over the gold items, found or not. */
export function typeScore(c: Omit<TypeScore, keyof PRF>): TypeScore {
  return {
    ...c,
    ...withF1(
      c.correct + c.wrong === 0 ? 0 : c.correct / (c.correct + c.wrong),
      c.gold === 0 ? 0 : c.found / c.gold,
    ),
  };
}

function textOf(article: MappedArticle, r: Range): string {
  return article.predicted.text.slice(r.start, r.end);
}

/** Pairs of items in different articles, within each group. */
export function crossPairs<T>(items: readonly T[], article: (item: T) => string): number {
  const perArticle = [...groupBy(items, article).values()].map((g) => g.length);
  const n = items.length;
  return (n * n - sum(perArticle.map((k) => k * k))) / 2;
}

function merging(matches: readonly Match[]): Pick<EntityScore, "merge" | "falseMerges" | "splits"> {
  const linked = matches.filter((m) => m.name.entity && m.gold.instance);
  const article = (m: Match) => m.article.id;
  let predictedPairs = 0;
  let goldPairs = 0;
  let correctPairs = 0;
  const falseMerges: MergeGroup[] = [];
  const splits: MergeGroup[] = [];
  const parts = (ms: Match[], key: (m: Match) => string) =>
    [...groupBy(ms, key)]
      .map(([k, g]) => ({
        key: k,
        mentions: g.length,
        texts: [...new Set(g.map((m) => m.name.text))].slice(0, 5),
      }))
      .sort((a, b) => b.mentions - a.mentions);
  for (const [topic, ms] of groupBy(linked, (m) => String(m.article.topic))) {
    const entity = (m: Match) => m.name.entity ?? "";
    const instance = (m: Match) => m.gold.instance ?? "";
    for (const [key, g] of groupBy(ms, entity)) {
      predictedPairs += crossPairs(g, article);
      const p = parts(g, instance);
      if (p.length > 1 && crossPairs(g, article) > 0)
        falseMerges.push({ key, topic: Number(topic), parts: p });
    }
    for (const [key, g] of groupBy(ms, instance)) {
      goldPairs += crossPairs(g, article);
      const p = parts(g, entity);
      if (p.length > 1 && crossPairs(g, article) > 0)
        splits.push({ key, topic: Number(topic), parts: p });
    }
    for (const g of groupBy(ms, (m) => `${entity(m)}\u0000${instance(m)}`).values()) {
      correctPairs += crossPairs(g, article);
    }
  }
  const bySize = (a: MergeGroup, b: MergeGroup) =>
    sum(b.parts.map((p) => p.mentions)) - sum(a.parts.map((p) => p.mentions));
  return {
    merge: {
      ...prf(correctPairs, predictedPairs, goldPairs),
      predictedPairs,
      goldPairs,
      correctPairs,
    },
    falseMerges: falseMerges.sort(bySize),
    splits: splits.sort(bySize),
  };
}
