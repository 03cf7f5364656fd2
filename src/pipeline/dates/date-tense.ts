import { clausesOf } from "../../core/event/clause.ts";
import type { Article, DateExpression, DateMention } from "../../core/model.ts";
import { tagText } from "../../core/text/tagger.ts";

/**
 * Which way from the writing a date without a year points, by the tense of its clause: "whom
 * he fired in February" tells of the past, "will decide by June" of what is to come. Null when
 * the clause says neither (present tense, no verb). Only sentences that hold such a date are
 * tagged.
 */
export type Direction = "past" | "future" | null;

/** The dates whose reading depends on the direction: a month-day or a weekday with no year. */
function needsDirection(e: DateExpression): boolean {
  if (e.kind === "partial") return e.modifier === undefined;
  if (e.kind === "weekday") return e.modifier === undefined;
  if (e.kind === "since") return needsDirection(e.from);
  if (e.kind === "range") return needsDirection(e.from) || needsDirection(e.to);
  return false;
}

export function dateDirections(article: Article, mentions: readonly DateMention[]): Direction[] {
  const bySentence = new Map<number, ReturnType<typeof clausesOf>>();
  return mentions.map((m) => {
    if (!needsDirection(m.expression)) return null;
    const s = article.sentences[m.sentence];
    if (!s) return null;
    let clauses = bySentence.get(m.sentence);
    if (!clauses) {
      const tokens = tagText(article.text.slice(s.start, s.end)).map((t) => ({
        ...t,
        start: t.start + s.start,
        end: t.end + s.start,
      }));
      clauses = clausesOf(tokens);
      bySentence.set(m.sentence, clauses);
    }
    const clause =
      clauses.find((c) => c.start <= m.start && m.start < c.end) ??
      // A date before the clause's first word ("In February, he …") belongs to the next clause.
      clauses.find((c) => c.start >= m.end);
    if (!clause) return null;
    if (clause.tense === "past") return "past";
    if (clause.tense === "future" || clause.tense === "planned") return "future";
    return null;
  });
}
