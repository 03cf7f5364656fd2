import { describe, expect, it } from "vitest";
import { type Frame, sensesOf } from "../../core/event/frame.ts";
import type { DateValue } from "../../core/model.ts";
import { participleLemma } from "../../core/text/lemma.ts";
import { groupCandidates as group } from "./group.ts";
import type { Candidate } from "./reports.ts";

const day = (iso: string): DateValue => ({
  start: iso,
  end: iso,
  precision: "day",
  inferred: false,
});

const context = { contains: (a: string, b: string) => a === b };
const groupCandidates = (candidates: readonly Candidate[]) => group(candidates, context);

let offset = 0;
/** A report whose words' first past form ("opened") is its act, the rest its other words. */
function cand(
  source: string,
  date: string,
  words: string,
  actors: string[] = [],
  quote = words,
): Candidate {
  const start = offset++;
  const all = words.split(" ");
  const verb = all.find((w) => w.endsWith("ed")) ?? all[0] ?? "";
  const lemma = participleLemma(verb);
  const frame: Frame = {
    source,
    sentence: 0,
    start,
    end: start + 1,
    what: { lemma, senses: sensesOf(lemma, "verb") },
    negated: false,
    tense: "past",
    hedges: [],
    hedge: null,
    agents: actors,
    patients: [],
    places: [],
    when: [],
    figures: [],
    sayers: [],
    attribution: null,
    words: all
      .filter((w) => w !== verb)
      .map((w) => ({ lemma: w, pos: "noun" as const, senses: sensesOf(w, "noun") })),
  };
  return {
    report: { source, text: date, start, end: start + 1, sentence: 0, quote, date: day(date) },
    date: day(date),
    order: source.charCodeAt(0),
    key: `${source}\u0000${String(start).padStart(12, "0")}`,
    title: { title: words, length: words.length },
    qualifiers: [],
    published: null,
    frame,
  };
}

/** Each group as its sorted report keys, the groups sorted: comparable across input orders. */
const shape = (groups: Candidate[][]) =>
  groups
    .map((g) =>
      g
        .map((c) => `${c.report.source}:${c.report.start}`)
        .sort()
        .join(" "),
    )
    .sort();

describe("groupCandidates", () => {
  it("joins two sources' reports of one event", () => {
    const a = cand("a", "2024-03-14", "council approved budget", ["org-council"]);
    const b = cand("b", "2024-03-14", "budget approved vote", ["org-council"]);
    const groups = groupCandidates([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(2);
  });

  it("keeps different acts of different people apart, even on one day", () => {
    const a = cand("a", "2024-03-14", "opened bridge", ["person-jane-example"]);
    const b = cand("b", "2024-03-14", "closed museum", ["person-john-sample"]);
    expect(groupCandidates([a, b])).toHaveLength(2);
  });

  it("keeps one report per source: a repeat is dropped, another statement stays apart", () => {
    const a1 = cand("a", "2024-03-14", "council approved budget", ["org-council"], "Same.");
    const a2 = cand("a", "2024-03-14", "council approved budget", ["org-council"], "Same.");
    const a3 = cand("a", "2024-03-14", "council approved budget spending", ["org-council"]);
    const b = cand("b", "2024-03-14", "council approved budget", ["org-council"]);
    const groups = groupCandidates([a1, a2, a3, b]);
    expect(groups.flat()).not.toContain(a2);
    for (const g of groups) {
      expect(new Set(g.map((c) => c.report.source)).size).toBe(g.length);
    }
    expect(groups.find((g) => g.includes(b))).toContain(a1);
  });

  it("keeps two different statements of one source on one day, even about the same person", () => {
    const opened = cand("a", "2024-03-14", "opened new tram line", ["person-jane-example"]);
    const closed = cand("a", "2024-03-14", "closed old tram line", ["person-jane-example"]);
    expect(groupCandidates([opened, closed])).toHaveLength(2);
  });

  it("does not chain two events through a report that looks like both", () => {
    const a = cand("a", "2024-03-14", "opened bridge river", ["person-jane-example"]);
    const b = cand("b", "2024-03-14", "opened bridge river");
    const c = cand("c", "2024-03-14", "opened bridge river", ["person-john-sample"]);
    const groups = groupCandidates([a, b, c]);
    expect(groups.find((g) => g.includes(a))).not.toContain(c);
  });

  it("gives the same groups whatever order the reports come in", () => {
    const all = [
      cand("a", "2024-03-14", "council approved budget", ["org-council"]),
      cand("b", "2024-03-15", "council approved budget", ["org-council"]),
      cand("c", "2024-03-14", "council approved budget", ["org-council"]),
      cand("b", "2024-03-14", "council approved budget", ["org-council"]),
      cand("c", "2024-03-20", "storm damaged roofs"),
      cand("a", "2024-03-20", "storm damaged roofs homes"),
    ];
    const expected = shape(groupCandidates(all));
    expect(shape(groupCandidates([...all].reverse()))).toEqual(expected);
    expect(
      shape(
        groupCandidates(
          [all[3], all[0], all[5], all[1], all[4], all[2]].flatMap((c) => (c ? [c] : [])),
        ),
      ),
    ).toEqual(expected);
  });

  it("gives nothing for nothing", () => {
    expect(groupCandidates([])).toEqual([]);
  });
});
