import type { Diagnostic } from "../../core/model.ts";
import type { Located } from "./read.ts";

/**
 * A correction whose target is not in this build (the article changed, or the machine no longer
 * finds it): reported with its line, never dropped in silence.
 */
export function stale(c: Pick<Located, "file" | "line" | "kind">, what: string): Diagnostic {
  return {
    level: "warning",
    file: c.file,
    line: c.line,
    message: `${c.kind} correction not applied (stale): ${what}`,
    outcome: "skipped",
  };
}

/** The corrections of some kinds, in the order the file gives them. */
export function ofKinds<K extends Located["kind"]>(
  list: readonly Located[],
  ...kinds: K[]
): (Located & { kind: K })[] {
  return list.filter((c): c is Located & { kind: K } => (kinds as string[]).includes(c.kind));
}
