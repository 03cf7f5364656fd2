/**
 * What the eval prints and writes: the table, the SUMMARY line (always the last line printed),
 * a JSON report and a Markdown report that lists the errors with their sentences.
 */
import type { EvalResult } from "./evaluate.ts";
import type { MentionError } from "./match.ts";
import type { MergeGroup, TypeScore } from "./score-entities.ts";
import type { EventPair, SentenceRef } from "./score-events.ts";
import type { PRF } from "./score-stories.ts";
import type { SameDayGroup } from "./score-times.ts";

export interface RunInfo {
  command: string;
  /** Seconds: the pipeline run, and the whole eval. */
  pipelineSeconds: number;
  totalSeconds: number;
  /** The pipeline's log lines. */
  log: string[];
}

const f3 = (x: number) => x.toFixed(3);
const share = (k: { judged: number; alsoElsewhere: number } | undefined) =>
  k && k.judged > 0 ? k.alsoElsewhere / k.judged : 0;

/** The SUMMARY line's keys and values, in order. */
export function summaryValues(r: EvalResult): [string, string][] {
  const e = r.entities;
  const type = (k: string, t: TypeScore): [string, string][] => [
    [`entities.${k}.p`, f3(t.p)],
    [`entities.${k}.r`, f3(t.r)],
    [`entities.${k}.f1`, f3(t.f1)],
    [`entities.${k}.unjudged`, String(t.unjudged)],
  ];
  const statuses = Object.entries(r.events.statuses)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]): [string, string] => [`claims.${k}`, String(n)]);
  return [
    ["stories.pairP", f3(r.stories.pair.p)],
    ["stories.pairR", f3(r.stories.pair.r)],
    ["stories.pairF1", f3(r.stories.pair.f1)],
    ["stories.b3F1", f3(r.stories.b3.f1)],
    ["stories.mergedLookalikes", String(r.stories.mergedLookalikes)],
    ["stories.predicted", String(r.stories.predictedStories)],
    ...type("per", e.person),
    ...type("org", e.organization),
    ...type("place", e.place),
    ["entities.mergeP", f3(e.merge.p)],
    ["entities.mergeR", f3(e.merge.r)],
    ["events.p", f3(r.events.p)],
    ["events.r", f3(r.events.r)],
    ["events.judged", String(r.events.judged)],
    ["events.unjudged", String(r.events.unjudged)],
    ["times.p", f3(r.times.detection.p)],
    ["times.r", f3(r.times.detection.r)],
    ["times.f1", f3(r.times.detection.f1)],
    ["times.unjudged", String(r.times.detection.unjudged)],
    ["times.sameDayP", f3(r.times.sameDay.p)],
    ["times.sameDayR", f3(r.times.sameDay.r)],
    ["claims.singleFalse", f3(r.events.single.fraction)],
    ["claims.singleFalse.statement", f3(share(r.events.single.byKind["claim:statement"]))],
    ...statuses,
  ];
}

export function summary(r: EvalResult): string {
  return `SUMMARY ${summaryValues(r)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ")}`;
}

function row(label: string, cells: (string | number)[]): string {
  return `${label.padEnd(34)}${cells.map((c) => String(c).padStart(9)).join("")}`;
}

/** A row of scores: P, R, F1, then how many were judged, not judged, and in the gold. */
function scoreRow(
  label: string,
  x: PRF,
  judged: number | string,
  unjudged: number | string,
  gold: number | string,
) {
  return row(label, [f3(x.p), f3(x.r), f3(x.f1), judged, unjudged, gold]);
}

export function table(r: EvalResult, run: RunInfo): string {
  const s = r.stories;
  const e = r.entities;
  const ev = r.events;
  const t = r.times;
  const typeRow = (label: string, x: TypeScore) =>
    scoreRow(label, x, x.correct + x.wrong, x.unjudged, x.gold);
  const lines = [
    `ECB+: ${r.corpus.articles} articles in ${r.corpus.topics} topics, ${r.corpus.goldStories} gold stories; ` +
      `pipeline ${run.pipelineSeconds.toFixed(1)} s, eval ${run.totalSeconds.toFixed(1)} s`,
    `${r.corpus.dropped.length} article(s) not kept by ingest (${r.corpus.dropped.join(", ") || "none"}); ` +
      `${r.corpus.unread.length} of ${r.corpus.annotatedSentences} annotated sentences not in the analysed text (headlines)`,
    "",
    row("", ["P", "R", "F1", "judged", "unjudged", "gold"]),
    scoreRow("Stories, article pairs", s.pair, "", "", ""),
    scoreRow("Stories, B³", s.b3, "", "", ""),
    `  ${s.predictedStories} predicted stories for ${s.goldStories} gold; look-alike pairs merged: ${s.mergedLookalikes} of ${r.corpus.topics}; ` +
      `stories mixing gold events: ${s.merged.length}; gold events split: ${s.split.length}`,
    typeRow("People (PER)", e.person),
    typeRow("Organizations (ORG)", e.organization),
    typeRow("Places (LOC_GEO, GPE)", e.place),
    scoreRow(
      "Entity merging, mention pairs",
      e.merge,
      e.merge.predictedPairs,
      "",
      e.merge.goldPairs,
    ),
    scoreRow("Same event, sentence pairs", ev, ev.judged, ev.unjudged, ev.goldPairs),
    ...Object.entries(ev.byKind)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => row(`  made by ${k}`, [f3(v.p), "", "", v.judged, "", ""])),
    `  false pairs: ${count(ev.falsePairs, "topics")} across topics, ${count(ev.falsePairs, "lookalikes")} across look-alikes, ` +
      `${count(ev.falsePairs, "story")} within one gold story; ${ev.crossStoryGoldPairs} gold pairs across look-alikes not in recall`,
    typeRow("Dates (TIME_DATE)", t.detection),
    scoreRow("Same day, date pairs", t.sameDay, t.sameDay.predictedPairs, "", t.sameDay.goldPairs),
    `Claims: ${Object.entries(ev.statuses)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")}; single-source claims another source also reports: ` +
      `${ev.single.alsoElsewhere} of ${ev.single.judged} judged (${f3(ev.single.fraction)}: ${Object.entries(
        ev.single.byKind,
      )
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => `${k.replace(/^claim:/, "")} ${v.alsoElsewhere}/${v.judged}`)
        .join(", ")})`,
    "",
    "judged: predictions the gold speaks to (names, dates) or pairs of annotated sentences;",
    "unjudged: predictions with no gold mention under them, or pairs with a sentence not annotated.",
  ];
  return lines.join("\n");
}

function count(pairs: readonly EventPair[], relation: EventPair["relation"]): number {
  return pairs.filter((p) => p.relation === relation).length;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The worst false pairs, for the terminal. */
export function worstPairs(r: EvalResult, n = 20): string {
  const lines = [`The ${Math.min(n, r.events.falsePairs.length)} worst false same-event pairs:`];
  r.events.falsePairs.slice(0, n).forEach((p, i) => {
    lines.push(
      `${String(i + 1).padStart(2)}. [${p.relation}] ${p.by.map((b) => b.kind).join(", ")}`,
      `    ${p.a.article}/${p.a.sentence}: ${clip(p.a.text, 150)}`,
      `    ${p.b.article}/${p.b.sentence}: ${clip(p.b.text, 150)}`,
    );
  });
  return lines.join("\n");
}

export function json(r: EvalResult, run: RunInfo, n = 20): unknown {
  const { wrong, missed, unjudged, falseMerges, splits, ...entities } = r.entities;
  const { falsePairs, ...events } = r.events;
  const { wrong: tw, missed: tm, falseSameDay, missedSameDay, ...times } = r.times;
  return {
    command: run.command,
    seconds: { pipeline: run.pipelineSeconds, total: run.totalSeconds },
    corpus: { ...r.corpus, unread: r.corpus.unread.length },
    summary: Object.fromEntries(summaryValues(r)),
    stories: { ...r.stories, merged: r.stories.merged.slice(0, n), split: r.stories.split.length },
    entities: {
      ...entities,
      wrong: wrong.slice(0, n),
      falseMerges: falseMerges.slice(0, n),
      splits: splits.length,
      missed: missed.length,
      unjudged: unjudged.length,
    },
    events: { ...events, falsePairs: falsePairs.slice(0, n) },
    times: {
      ...times,
      wrong: tw.slice(0, n),
      missed: tm.length,
      falseSameDay: falseSameDay.slice(0, n),
      missedSameDay: missedSameDay.length,
    },
  };
}

// --- the Markdown report ------------------------------------------------------------------------

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/** False same-event pairs listed per relation (look-alikes, one story, across topics). */
const PAIRS_PER_RELATION = 200;

export function markdown(r: EvalResult, run: RunInfo): string {
  const out: string[] = [];
  const title = (id: string) => r.articles.get(id)?.title ?? "";
  const instances = (ref: SentenceRef) =>
    ref.instances.map((k) => r.descriptors.get(k) ?? k).join(", ") || "none";
  out.push(
    "# ECB+ eval report",
    "",
    `\`${run.command}\` (git-ignored; written by every run).`,
    "",
    "```",
    table(r, run),
    "",
    summary(r),
    "```",
    "",
    "Pipeline log:",
    "",
    "```",
    ...run.log.filter((l) => !/^warning /.test(l)),
    "```",
    "",
  );

  out.push("## Stories that mix gold events", "");
  out.push(
    "Each gold event of the story, then each of its articles: title, then first sentence.",
    "",
  );
  for (const m of r.stories.merged) {
    out.push(`### ${m.story}`, "");
    for (const [event, ids] of Object.entries(m.events)) {
      out.push(`- **${event}** (${ids.length} articles)`);
      for (const id of ids) {
        out.push(`  - ${id} “${cell(title(id))}”: ${cell(r.articles.get(id)?.lead ?? "")}`);
      }
    }
    out.push("");
  }
  out.push("## Gold events split over several stories", "");
  for (const s of r.stories.split) {
    out.push(
      `- **${s.event}**: ${Object.entries(s.stories)
        .map(([story, ids]) => `${story} (${ids.join(", ")})`)
        .join("; ")}`,
    );
  }
  out.push("");

  out.push("## False same-event pairs", "");
  out.push(
    `${r.events.falsePairs.length} of ${r.events.judged} judged pairs are false, worst first. ` +
      "Each: what paired them, then both sentences with their gold action instances.",
    "",
  );
  const kinds = new Map<string, number>();
  for (const p of r.events.falsePairs) {
    for (const k of new Set(p.by.map((b) => `${p.relation} / ${b.kind}`)))
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  out.push("| relation / made by | false pairs |", "| --- | --- |");
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) out.push(`| ${k} | ${n} |`);
  out.push("");
  // Each relation gets its own list: the worst look-alike pairs would otherwise push every
  // within-story mistake (a different happening in one story's reports) off the page.
  const relations = [...new Set(r.events.falsePairs.map((p) => p.relation))].sort();
  for (const relation of relations) {
    const pairs = r.events.falsePairs.filter((p) => p.relation === relation);
    out.push(
      `### ${relation} (${pairs.length}${pairs.length > PAIRS_PER_RELATION ? `, the worst ${PAIRS_PER_RELATION}` : ""})`,
      "",
    );
    pairs.slice(0, PAIRS_PER_RELATION).forEach((p, i) => {
      out.push(
        `${i + 1}. ${p.by.map((b) => `${b.kind} ${b.status} “${cell(b.title)}”`).join("; ")}`,
        `   - ${p.a.article}/${p.a.sentence} [${instances(p.a)}]: ${cell(p.a.text)}`,
        `   - ${p.b.article}/${p.b.sentence} [${instances(p.b)}]: ${cell(p.b.text)}`,
      );
    });
    out.push("");
  }

  const mentionSection = (heading: string, errors: readonly MentionError[], limit: number) => {
    out.push(`## ${heading} (${errors.length})`, "");
    const groups = new Map<string, number>();
    for (const e of errors) {
      const k = `${e.type} / ${e.gold.replace(/ ".*$/, "")}`;
      groups.set(k, (groups.get(k) ?? 0) + 1);
    }
    out.push("| type / gold tag | count |", "| --- | --- |");
    for (const [k, n] of [...groups].sort((a, b) => b[1] - a[1])) out.push(`| ${k} | ${n} |`);
    out.push("");
    for (const e of errors.slice(0, limit)) {
      out.push(
        `- ${e.type} “${cell(e.text)}” (gold: ${cell(e.gold)}) in ${e.article}/${e.sentence}: ${cell(e.sentenceText)}`,
      );
    }
    out.push("");
  };
  mentionSection("Wrong names", r.entities.wrong, 1000);
  mentionSection("Missed names", r.entities.missed, 1000);
  mentionSection("Unjudged names", r.entities.unjudged, 1000);

  const mergeSection = (
    heading: string,
    groups: readonly MergeGroup[],
    name: (k: string) => string,
  ) => {
    out.push(`## ${heading} (${groups.length})`, "");
    for (const g of groups.slice(0, 200)) {
      out.push(
        `- **${name(g.key)}** (topic ${g.topic}): ${g.parts
          .map(
            (p) =>
              `${name(p.key)} ×${p.mentions} (${p.texts.map((t) => `“${cell(t)}”`).join(", ")})`,
          )
          .join("; ")}`,
      );
    }
    out.push("");
  };
  const named = (k: string) => r.descriptors.get(k) ?? k;
  mergeSection("One entity, several gold instances", r.entities.falseMerges, named);
  mergeSection("One gold instance, several entities", r.entities.splits, named);

  mentionSection("Wrong dates", r.times.wrong, 500);
  mentionSection("Missed dates", r.times.missed, 500);
  const daySection = (heading: string, groups: readonly SameDayGroup[]) => {
    out.push(`## ${heading} (${groups.length})`, "");
    for (const g of groups.slice(0, 200)) {
      out.push(
        `- **${g.key}**: ${g.parts
          .map(
            (p) =>
              `${named(p.key)} ×${p.mentions} (${p.texts.map((t) => `“${cell(t)}”`).join(", ")})`,
          )
          .join("; ")}`,
      );
    }
    out.push("");
  };
  daySection("Same day in the project, different gold times", r.times.falseSameDay);
  daySection("One gold time, not read as the same day", r.times.missedSameDay);

  out.push(`## Annotated sentences not in the analysed text (${r.corpus.unread.length})`, "");
  for (const u of r.corpus.unread) out.push(`- ${u.article}/${u.sentence}: ${cell(u.text)}`);
  out.push("");
  return out.join("\n");
}
