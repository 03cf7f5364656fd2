import { errorText } from "../core/error-text.ts";
import type { Diagnostic, SeedFile } from "../core/model.ts";
import type { Effects, SeedEntry } from "./effects.ts";
import { cleanField } from "./ingest/clean-text.ts";
import { isHidden, MAX_BYTES, seedFormat } from "./ingest/index.ts";

export interface ReadSeeds {
  files: SeedFile[];
  /** Entries that were not read, each named with why. */
  diagnostics: Diagnostic[];
  /** How many entries look like articles by their name (.txt, .md, .html). */
  articles: number;
}

const warning = (file: string, message: string): Diagnostic => ({
  level: "warning",
  file: cleanField(file),
  message,
  outcome: "skipped",
});

/**
 * Reads every plain file of a listing. Links, pipes, devices, folders that cannot be listed,
 * files that cannot be read (no permission) and files too large to be an article become
 * warnings naming them; none of them stops the build.
 */
export async function readSeeds(
  entries: readonly SeedEntry[],
  dir: string,
  effects: Effects,
): Promise<ReadSeeds> {
  const files: SeedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let articles = 0;
  for (const entry of entries) {
    if (isHidden(entry.path)) continue;
    if (seedFormat(entry.path)) articles++;
    if (entry.kind === "link") {
      diagnostics.push(warning(entry.path, "a symbolic link; links are not followed, so skipped"));
    } else if (entry.kind === "special") {
      diagnostics.push(
        warning(entry.path, "not a regular file (a pipe, socket or device); skipped"),
      );
    } else if (entry.kind === "unreadable") {
      diagnostics.push(
        warning(
          entry.path,
          `a folder that could not be listed (${entry.error ?? "no access"}); skipped`,
        ),
      );
    } else if ((entry.size ?? 0) > MAX_BYTES) {
      diagnostics.push(warning(entry.path, `larger than ${MAX_BYTES / 1024 / 1024} MB; skipped`));
    } else {
      try {
        files.push({ path: entry.path, bytes: await effects.readFile(`${dir}/${entry.path}`) });
      } catch (error) {
        diagnostics.push(warning(entry.path, `could not be read (${errorText(error)}); skipped`));
      }
    }
  }
  return { files, diagnostics, articles };
}
