/**
 * The pipeline's data model. Every stage takes and returns these plain, JSON-serializable
 * shapes, so each stage can be tested alone and its output written as-is to content/.
 */

/** A [start, end) range of UTF-16 code units in an article's `text`. */
export interface Range {
  start: number;
  end: number;
}

/** A range in a named source article: how every fact points back to its sentence. */
export interface Span extends Range {
  source: string;
}

export interface Sentence extends Range {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
}

export type SeedFormat = "txt" | "md" | "html";

export interface InferredDate {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Plain-language reason, shown to readers on the source page. */
  reason: string;
}

export interface Article {
  /** Seed file name without its extension, made URL-safe when it is not already. */
  id: string;
  /** Seed file name as found, relative to the seeds folder. */
  file: string;
  format: SeedFormat;
  title: string;
  /** True when the seed had no usable headline and `title` was written from the lead. */
  titleGenerated: boolean;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) as given by the seed's metadata, or null. */
  published: string | null;
  publishedInferred: InferredDate | null;
  language: string;
  /** The cleaned article body; every offset in the pipeline points into this string. */
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  words: number;
}

export type DiagnosticLevel = "warning" | "error";

/** What happened to a seed file that was not ingested as-is. */
export type DiagnosticOutcome = "skipped" | "cleaned" | "fallback";

export interface Diagnostic {
  level: DiagnosticLevel;
  file: string;
  line?: number;
  message: string;
  outcome: DiagnosticOutcome;
}

export interface Story {
  slug: string;
  title: string;
  /** Article ids, in a stable order. */
  sources: string[];
}

/** A seed file as read from disk: the only thing ingest needs from the file system. */
export interface SeedFile {
  /** Path relative to the seeds folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Extraction. Every mention is a range of its article's `text` plus what was understood of it.
// `start`/`end` are UTF-16 offsets into Article.text; `sentence` indexes Article.sentences.
// ---------------------------------------------------------------------------------------------

export type MentionType = "person" | "place" | "organization" | "date" | "figure" | "quote";

interface MentionBase extends Range {
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  sentence: number;
  /** Resolved entity id (people, places, organizations; a quote's speaker is in `speaker`). */
  entity?: string;
}

export type PlaceKind = "country" | "city" | "region" | "continent";

export interface GeoPoint {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). Absent for continents. */
  country?: string | undefined;
}

/** A person, place or organization named in the text. */
export interface NameMention extends MentionBase {
  type: "person" | "place" | "organization";
  /** The name itself: titles removed, possessive stripped ("Park Min-jun", "Center for ..."). */
  name: string;
  /** A person's role as this source words it ("U.S. Secretary of Defense"). */
  role?: string;
  /** Places: what kind, and where (from the gazetteer). */
  placeKind?: PlaceKind;
  geo?: GeoPoint;
  /** Places: gazetteer id, so the same place spelled two ways resolves to one entity. */
  placeId?: string;
  /** True when the mention is a demonym standing for its country ("the Russian government"). */
  demonym?: boolean;
}

// --- dates ---------------------------------------------------------------------------------

export type DatePrecision = "day" | "week" | "month" | "year" | "range";

/** "early 2024", "mid-October", "late 2023": kept for display; the value spans the whole unit. */
export type DatePart = "early" | "mid" | "late";

/** What a date expression says, before it is anchored to a calendar. */
export type DateExpression =
  /**
   * Fully or partly given with a year: "March 14, 2024", "August 2021", "2024". `weekday` when
   * the text also names the day ("Thursday, March 14, 2024").
   */
  | {
      kind: "absolute";
      year: number;
      month?: number;
      day?: number;
      weekday?: number;
      part?: DatePart;
    }
  /**
   * A month and day without a year: "March 14", "Thursday, March 14" (weekday 4),
   * "last March" (modifier "last").
   */
  | {
      kind: "partial";
      month: number;
      day?: number;
      weekday?: number;
      part?: DatePart;
      modifier?: "last" | "next" | "this";
    }
  /** A day of the week, 0 = Sunday: "Wednesday", "last Friday". */
  | { kind: "weekday"; weekday: number; modifier?: "last" | "next" | "this" }
  /**
   * Relative to the anchor: "yesterday" (day, -1), "last week" (week, -1), "the past two weeks"
   * (week, -2, span 2: a range ending at the anchor), "next month" (month, +1). `side` cuts the
   * unit at the anchor: "earlier this month" (month, 0, before), "later this year" (after).
   */
  | {
      kind: "relative";
      unit: "day" | "week" | "month" | "year";
      offset: number;
      span?: number;
      side?: "before" | "after";
    }
  /** Relative to the previous date in the text: "the same day" (0), "three days later" (3). */
  | { kind: "previous"; unit: "day" | "week" | "month" | "year"; offset: number }
  /** Open range: "since August 2023". */
  | { kind: "since"; from: DateExpression }
  /** Closed range: "from March to May 2024", "between 2019 and 2021". */
  | { kind: "range"; from: DateExpression; to: DateExpression };

export interface DateValue {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. An open range ends at its anchor. */
  end: string;
  precision: DatePrecision;
  /** True when any part was deduced (a missing year, a "last week" resolved against an anchor). */
  inferred: boolean;
  /** Why, in plain language, when inferred. */
  reason?: string;
  /** "since …": the range has no stated end. */
  open?: boolean;
}

export interface DateMention extends MentionBase {
  type: "date";
  expression: DateExpression;
  /** Null when the expression cannot be placed on the calendar (no anchor could be found). */
  value: DateValue | null;
}

// --- figures -------------------------------------------------------------------------------

export type FigureKind = "count" | "money" | "percent";

export interface FigureMention extends MentionBase {
  type: "figure";
  kind: FigureKind;
  /** The number (the low end of a range). 4,700 -> 4700; "1.2 million" -> 1200000. */
  value: number;
  /** High end of a range: "25,000 to 30,000" -> 30000. */
  max?: number;
  /** Normalized qualifier: "about", "over", "under", "at least", "at most", "up to", "nearly", … */
  qualifier: string | null;
  /** What is counted, as written: "troops", "North Korean soldiers", "containers of artillery shells". */
  unit: string;
  /** The head noun, singular and lowercase, for matching across sources: "troop", "soldier". */
  noun: string;
  /** A rate, when given: "each month", "per day", "a year". */
  rate?: string;
  /** ISO 4217 code for money: "USD", "EUR". */
  currency?: string;
}

// --- quotes --------------------------------------------------------------------------------

export interface QuoteMention extends MentionBase {
  type: "quote";
  /** The quoted words, without the quotation marks. */
  quote: string;
  /** The speaker's entity id, filled in by resolve. */
  speaker: string | null;
  /** The person mention the speaker was attributed from (offsets into the article text). */
  speakerMention: Range | null;
  /** How the speaker was found. */
  attribution: "after" | "before" | "pronoun" | "colon" | null;
  /** A few quoted words inside a sentence rather than a full quotation. */
  partial: boolean;
}

export type Mention = NameMention | DateMention | FigureMention | QuoteMention;

// --- resolved entities ---------------------------------------------------------------------

export interface RoleInSource {
  source: string;
  role: string;
}

/** A person, place or organization, merged across every mention in every source. */
export interface Entity {
  /** Stable, URL-safe: "person-lloyd-j-example", "place-rome-it", "organization-nato". */
  id: string;
  type: "person" | "place" | "organization";
  /** The fullest form met ("Jane Q. Example III"); for places, the gazetteer's name. */
  name: string;
  /** Every other spelling met, sorted. */
  aliases: string[];
  /** Roles as each source words them. */
  roles: RoleInSource[];
  placeKind?: PlaceKind;
  geo?: GeoPoint;
  mentions: Span[];
}

/** Everything extraction found in one source. */
export interface ArticleFacts {
  source: string;
  names: NameMention[];
  dates: DateMention[];
  figures: FigureMention[];
  quotes: QuoteMention[];
}

/** A quote as published in quotes.json. */
export interface Quote {
  /** Speaker entity id, or null when no speaker could be attributed. */
  speaker: string | null;
  text: string;
  source: string;
  start: number;
  end: number;
  partial: boolean;
}

// --- comparison ------------------------------------------------------------------------------

export type ClaimKind = "figure" | "quote" | "place" | "date" | "statement";

/**
 * agree: the sources say the same; differ: they say incompatible things; compatible: both can be
 * true at different precision ("Italy" and "Rome"); single-source: only one source says it.
 */
export type ClaimStatus = "agree" | "differ" | "compatible" | "single-source";

/** What one source says for a claim, pointing at the exact words. */
export interface ClaimValue {
  source: string;
  /** The value as a reader should see it: "about 4,700", "Lyon", "14 March 2024", the quote. */
  value: string;
  /** The exact text of the mention in the source, and where it is. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Figures: the number (low end), the high end of a range, what is counted, the qualifier. */
  number?: number;
  max?: number;
  unit?: string;
  qualifier?: string | null;
  rate?: string;
  /** Places and quote speakers: the entity. */
  entity?: string;
  /** Dates: the resolved value. */
  date?: DateValue;
}

/** A word of a quote version, marked against the other versions. */
export interface DiffToken {
  text: string;
  op: "same" | "changed";
}

export interface Claim {
  /** Stable within a build of the same seeds: "<story>-<kind>-<n>". */
  id: string;
  story: string;
  kind: ClaimKind;
  /** What the claim is about, in a few words: "troops sent", "where Jane Example spoke". */
  topic: string;
  status: ClaimStatus;
  /** One value per source that makes the claim (one for single-source), in source order. */
  values: ClaimValue[];
  /** A short, plain-language sentence generated from the data. */
  explanation: string;
  /** Quotes: each version's words, marked where it differs from the others. */
  diff?: { source: string; tokens: DiffToken[] }[];
}

// --- timeline --------------------------------------------------------------------------------

/** One source's report of a timeline event: its date for the event and the sentence it is in. */
export interface TimelineReport {
  source: string;
  /** The date words as written ("last Tuesday", "March 14") and where they are. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** The sentence itself, so the event can be read without opening the source. */
  quote: string;
  /** This source's reading of the date. */
  date: DateValue;
}

/** The event's date across its reports: one reading, or the range that spans conflicting ones. */
export interface TimelineDate {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end: string;
  precision: DatePrecision;
  /** True when every report's date was deduced rather than stated in full. */
  inferred: boolean;
  /** Why, when inferred: the reasons of the reports, distinct, in report order. */
  reasons: string[];
  /** "since …": no stated end. */
  open: boolean;
  /** True when the sources give different dates; start/end then span all of them. */
  conflict: boolean;
}

export interface TimelineEvent {
  /** Stable within a build of the same seeds: "<story>-event-<n>", in date order. */
  id: string;
  story: string;
  /** A short title taken from the reporting sentence's own words. */
  title: string;
  date: TimelineDate;
  /** One report per source, in source order. */
  reports: TimelineReport[];
  /**
   * The source(s) that published first, by published (or inferred publication) date; several
   * when they published the same day, empty when no report has a date of publication.
   */
  firstReported: string[];
}

// --- events: each happening a story's sources report, with every sentence that mentions it ---

/** A word in a sentence that names the happening ("captured", "the fire"). */
export interface EventMentionRef extends Span {
  sentence: number;
  lemma: string;
}

export interface StoryEvent {
  id: string; // "<story>-event-<n>", in the order of first mention
  story: string;
  /** What happened, in one word: the commonest dictionary form among its mentions. */
  lemma: string;
  /** The sources that mention it, in story order. */
  sources: string[];
  mentions: EventMentionRef[];
}
