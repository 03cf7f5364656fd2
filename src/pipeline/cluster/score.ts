/** How the evidence for "same event" is weighed; the shares add up to 1. */
export interface ScoreWeights {
  /** TF-IDF cosine of the whole texts. */
  text: number;
  /** Lead coverage: each article's headline and first sentences echoed by the other. */
  lead: number;
  /** Cosine of the resolved entities, people and organizations weighing most. */
  entities: number;
}

export interface PairEvidence {
  text: number;
  lead: number;
  entities: number;
  /** 0..1: how much survives the distance between the two articles' dates. */
  time: number;
}

/**
 * The likelihood, 0..1, that two articles report the same event: a weighted mean of the word,
 * lead and entity similarities, scaled down when their dates are far apart. Words carry most of
 * it because every article has them; entities add what words miss (a demonym and its country,
 * one person under two spellings) and keep apart events that share only a topic.
 */
export function pairScore(e: PairEvidence, w: ScoreWeights): number {
  return e.time * (w.text * e.text + w.lead * e.lead + w.entities * e.entities);
}
