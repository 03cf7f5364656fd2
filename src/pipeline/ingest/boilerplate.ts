/**
 * Web boilerplate that scrapers leave in article text: navigation ("Previous Post Next
 * Post"), share and subscribe prompts, photo credits. Also finds a byline so it can be kept
 * in its own field instead of the body.
 */

// Whole lines that are never part of the story.
const BOILERPLATE_LINE = new RegExp(
  [
    String.raw`(previous|next)\s+(post|article|story)(\s+(previous|next)\s+(post|article|story))?`,
    String.raw`(share|tweet|email|print)(\s+(this|on|via)\b.*)?`,
    String.raw`share\s+on\s+\w+.*`,
    String.raw`(subscribe|sign\s+up)\b.{0,80}(newsletter|updates|inbox|now|today|here)?.*`,
    String.raw`follow\s+us\b.*`,
    "advertisement|sponsored( content)?|related( articles| stories| coverage)?:?",
    String.raw`(photo|image|picture|illustration|video)\s*(credit)?\s*[:|/].*`,
    String.raw`(credit|getty images|ap photo|afp photo)\s*[:/].{0,80}`,
    String.raw`read\s+more:?.*|click\s+here.*|continue\s+reading.*`,
    String.raw`(this\s+)?article\s+(was\s+)?(first\s+)?(published|updated)\s+(on|at)\b.*`,
  ]
    .map((p) => `(?:${p})`)
    .join("|")
    .replace(/^/, "^(?:")
    .concat(")$"),
  "iu",
);

// Navigation text glued to the start of the first paragraph by a scraper.
const LEADING_NAV = /^(?:(?:previous|next)\s+(?:post|article|story)\s*)+/iu;

const BYLINE =
  /^[Bb][Yy]:?\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)(?:\s*[,|–—-]\s*.{0,60})?$/u;

export interface BoilerplateResult {
  lines: string[];
  byline: string | null;
  /** How many lines or fragments were removed, for the ingest log. */
  removed: number;
}

export function stripBoilerplate(lines: readonly string[]): BoilerplateResult {
  let byline: string | null = null;
  let removed = 0;
  const out: string[] = [];
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed === "") {
      out.push(raw);
      continue;
    }
    // Short lines only: a long paragraph that starts with "Share" is prose.
    if (trimmed.length <= 120 && BOILERPLATE_LINE.test(trimmed)) {
      removed++;
      continue;
    }
    const bylineMatch: RegExpExecArray | null =
      byline === null && trimmed.length <= 100 ? BYLINE.exec(trimmed) : null;
    if (bylineMatch?.[1]) {
      byline = bylineMatch[1].trim();
      removed++;
      continue;
    }
    const nav = LEADING_NAV.exec(raw);
    if (nav && raw.length > nav[0].length) {
      removed++;
      out.push(raw.slice(nav[0].length));
      continue;
    }
    out.push(raw);
  }
  return { lines: out, byline, removed };
}
