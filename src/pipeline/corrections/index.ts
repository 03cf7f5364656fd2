/**
 * The editors decide: `corrections.yml` in the seeds folder overrules the machine at the step
 * where each thing is made (articles before extraction, entities after resolve, stories after
 * grouping, claims after comparison, events after the timeline), so every later step and page
 * sees the editors' version. Each step gives its things their stable keys and reports a
 * correction whose target is not there.
 */
import type { SeedFile } from "../../core/model.ts";
import {
  CORRECTIONS_NAMES,
  type CorrectionsRead,
  NO_CORRECTIONS,
  readCorrections,
} from "./read.ts";

export { correctArticles } from "./articles.ts";
export { correctClaims } from "./claims.ts";
export { correctEntities } from "./entities.ts";
export { claimKey, eventKey, quoteKey } from "./keys.ts";
export type { CorrectionsRead, Located } from "./read.ts";
export { CORRECTIONS_NAMES, NO_CORRECTIONS, readCorrections } from "./read.ts";
export { correctStories } from "./stories.ts";
export { correctTimeline } from "./timeline.ts";

/**
 * Takes the corrections file out of the seed files (it is not an article) and reads it. With
 * none, nothing is corrected.
 */
export function takeCorrections(files: readonly SeedFile[]): {
  files: SeedFile[];
  corrections: CorrectionsRead;
} {
  const [found, ...others] = files.filter((f) => CORRECTIONS_NAMES.includes(f.path));
  const rest = files.filter((f) => !CORRECTIONS_NAMES.includes(f.path));
  if (!found) return { files: rest, corrections: NO_CORRECTIONS };
  const text = new TextDecoder("utf-8").decode(found.bytes).replace(/^\uFEFF/u, "");
  const read = readCorrections(found.path, text);
  for (const other of others) {
    read.diagnostics.push({
      level: "warning",
      file: other.path,
      message: `a second corrections file; only ${found.path} is read`,
      outcome: "skipped",
    });
  }
  return { files: rest, corrections: read };
}
