import { describe, expect, it } from "vitest";
import { eventClause } from "./clause.ts";

function range(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe("eventClause", () => {
  const text = "Last week, the agency reported that since May 2023, the city has grown.";
  const sentence = { start: 0, end: text.length };
  const week = range(text, "Last week");
  const since = range(text, "since May 2023");

  it("gives a date in a that-clause the clause, when another date dates the main clause", () => {
    const clause = eventClause(text, sentence, since, [week]);
    expect(text.slice(clause.start, clause.end)).toBe(" since May 2023, the city has grown.");
  });

  it("gives the main clause's date the whole sentence", () => {
    expect(eventClause(text, sentence, week, [since])).toEqual(sentence);
  });

  it("gives a lone date the whole sentence, even after “that”", () => {
    expect(eventClause(text, sentence, since, [])).toEqual(sentence);
    const other = "The mayor said that on Monday the bridge closed.";
    const s = { start: 0, end: other.length };
    expect(eventClause(other, s, range(other, "Monday"), [])).toEqual(s);
  });
});
