/**
 * Hand-written test data for the charts (used by the tests only): three sources on North Korean
 * troops in Russia, with a figure they differ on, one they agree on, a single-source range, a
 * figure whose numbers span orders of magnitude, a quote worded two ways, a place and a date.
 */

import type { SourceRef } from "../../src/charts/chart.ts";
import type { Claim, ClaimValue } from "../../src/core/model.ts";

export const SOURCES: SourceRef[] = [
  { id: "reuters", label: "Reuters" },
  { id: "ap", label: "Associated Press" },
  { id: "kyiv", label: "The Kyiv Independent" },
];

function value(source: string, v: Partial<ClaimValue> & { value: string }): ClaimValue {
  return { source, text: v.value, start: 0, end: v.value.length, sentence: 0, ...v };
}

export const TROOPS: Claim = {
  id: "nk-figure-1",
  story: "nk",
  kind: "figure",
  topic: "North Korean troops sent to Russia",
  status: "differ",
  values: [
    value("reuters", { value: "about 2,500", number: 2500, unit: "troops", qualifier: "about" }),
    value("ap", { value: "about 3,000", number: 3000, unit: "troops", qualifier: "about" }),
  ],
  explanation: "Reuters says about 2,500 troops; Associated Press says about 3,000.",
};

export const CASUALTIES: Claim = {
  id: "nk-figure-2",
  story: "nk",
  kind: "figure",
  topic: "Russian casualties",
  status: "agree",
  values: [
    value("reuters", {
      value: "over 600,000",
      number: 600000,
      unit: "casualties",
      qualifier: "over",
    }),
    value("ap", { value: "over 600,000", number: 600000, unit: "casualties", qualifier: "over" }),
  ],
  explanation: "Both say over 600,000.",
};

export const RECRUITS: Claim = {
  id: "nk-figure-3",
  story: "nk",
  kind: "figure",
  topic: "new soldiers recruited",
  status: "single-source",
  values: [
    value("kyiv", {
      value: "25,000 to 30,000",
      number: 25000,
      max: 30000,
      unit: "new soldiers",
      rate: "each month",
      qualifier: null,
    }),
  ],
  explanation: "Only The Kyiv Independent gives this figure.",
};

export const SHELLS: Claim = {
  id: "nk-figure-4",
  story: "nk",
  kind: "figure",
  topic: "artillery shells shipped",
  status: "differ",
  values: [
    value("reuters", {
      value: "over 1 million",
      number: 1_000_000,
      unit: "shells",
      qualifier: "over",
    }),
    value("kyiv", { value: "up to 8,000", number: 8000, unit: "shells", qualifier: "up to" }),
  ],
  explanation: "Reuters says over 1 million shells; The Kyiv Independent up to 8,000.",
};

export const QUOTE: Claim = {
  id: "nk-quote-1",
  story: "nk",
  kind: "quote",
  topic: "what Lloyd Example said about the deployment",
  status: "differ",
  values: [
    value("reuters", {
      value: "This is a very, very serious issue",
      entity: "person-lloyd-example",
    }),
    value("ap", { value: "This is a very serious issue", entity: "person-lloyd-example" }),
  ],
  explanation: "The two versions differ by one word.",
  diff: [
    {
      source: "reuters",
      tokens: [
        { text: "This", op: "same" },
        { text: "is", op: "same" },
        { text: "a", op: "same" },
        { text: "very,", op: "changed" },
        { text: "very", op: "same" },
        { text: "serious", op: "same" },
        { text: "issue", op: "same" },
      ],
    },
    {
      source: "ap",
      tokens: [
        { text: "This", op: "same" },
        { text: "is", op: "same" },
        { text: "a", op: "same" },
        { text: "very", op: "same" },
        { text: "serious", op: "same" },
        { text: "issue", op: "same" },
      ],
    },
  ],
};

export const PLACE: Claim = {
  id: "nk-place-1",
  story: "nk",
  kind: "place",
  topic: "where the troops are",
  status: "compatible",
  values: [
    value("reuters", { value: "Kursk region", entity: "place-kursk-ru" }),
    value("kyiv", { value: "Russia", entity: "place-russia" }),
  ],
  explanation: "Kursk region is in Russia.",
};

export const DATE: Claim = {
  id: "nk-date-1",
  story: "nk",
  kind: "date",
  topic: "when the troops arrived",
  status: "agree",
  values: [
    value("reuters", { value: "23 October 2024" }),
    value("ap", { value: "23 October 2024" }),
    value("kyiv", { value: "23 October 2024" }),
  ],
  explanation: "All three give the same date.",
};

export const FIGURES: Claim[] = [TROOPS, CASUALTIES, RECRUITS, SHELLS];
export const ALL: Claim[] = [...FIGURES, QUOTE, PLACE, DATE];

/** Untrusted text in every field a chart shows. */
export const HOSTILE_SOURCES: SourceRef[] = [
  { id: "evil", label: '<script>alert("x")</script> & Sons' },
  { id: "ok", label: "Plain & Simple" },
];

export const HOSTILE: Claim = {
  id: "evil-1",
  story: "evil",
  kind: "figure",
  topic: "<script>alert(1)</script> & friends",
  status: "differ",
  values: [
    value("evil", {
      value: "<b>5</b>",
      number: 5,
      unit: "<img src=x onerror=alert(1)>",
      qualifier: "about",
    }),
    value("ok", { value: "7 & more", number: 7, unit: 'A&B "units"', qualifier: "over" }),
  ],
  explanation: "<script>",
};

/** `n` invented sources, "Source 1" … "Source n". */
export function manySources(n: number): SourceRef[] {
  return Array.from({ length: n }, (_, i) => ({ id: `src-${i + 1}`, label: `Source ${i + 1}` }));
}

/** `n` figure claims on which the first two of `sources` differ: a story far past a page's worth. */
export function manyClaims(n: number, sources: readonly SourceRef[]): Claim[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `many-figure-${i + 1}`,
    story: "many",
    kind: "figure" as const,
    topic: `figure number ${i + 1}`,
    status: "differ" as const,
    values: sources.slice(0, 2).map((s, k) =>
      value(s.id, {
        value: `about ${(i + 1) * 10 + k}`,
        number: (i + 1) * 10 + k,
        unit: "troops",
      }),
    ),
    explanation: "",
  }));
}

/** The height of a chart's viewBox, in user units. */
export function viewBoxHeight(svg: string): number {
  return Number(/viewBox="[\d.]+ [\d.]+ [\d.]+ ([\d.]+)"/.exec(svg)?.[1] ?? Number.NaN);
}
