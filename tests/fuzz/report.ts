import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Failure } from "./checks.ts";
import type { FuzzEntry } from "./generate.ts";
import type { FuzzReport } from "./run.ts";
import { entryPath } from "./write.ts";

/** The figures of a run, then each class of failure: how many, one example, the smallest cause. */
export function formatReport(r: FuzzReport): string {
  const lines = [
    `fuzz: ${r.files} entries, seed ${r.seed}, in ${r.dir}`,
    `build: exit ${r.exitCode}, ${(r.buildMs / 1000).toFixed(1)} s; ${r.articles} articles, ${r.warnings} warnings`,
    `checks: ${(r.checkMs / 1000).toFixed(1)} s, ${r.pages} pages in Chromium`,
    `generated: ${Object.entries(r.byClass)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  ];
  const counts = new Map<string, number>();
  for (const f of r.failures) counts.set(f.cls, (counts.get(f.cls) ?? 0) + 1);
  const repro = reproducers(r.failures);
  for (const [cls, n] of counts) {
    const first = r.failures.find((f) => f.cls === cls);
    lines.push(`FAIL ${cls}: ${n}`, `  e.g. ${first?.detail.split("\n").join("\n  ")}`);
    const e = repro.get(cls);
    if (e) {
      const preview = JSON.stringify(new TextDecoder().decode(e.bytes.slice(0, 400)));
      lines.push(
        `  smallest: ${JSON.stringify(e.path)} (${e.cls}, ${e.kind}, ${e.bytes.length} bytes)`,
        `  ${preview}`,
      );
    }
  }
  lines.push(r.failures.length === 0 ? "PASS: 0 failures" : `${r.failures.length} failures`);
  return lines.join("\n");
}

/** Copies each class's smallest article into <dir>/reproducers/<class>/, to build alone. */
export function saveReproducers(r: FuzzReport): void {
  for (const [cls, e] of reproducers(r.failures)) {
    if (e?.kind !== "file") continue;
    const dir = join(r.dir, "..", `${r.dir.split("/").pop()}-reproducers`, cls);
    mkdirSync(dir, { recursive: true });
    writeFileSync(entryPath(dir, { ...e, path: e.path.split("/").pop() ?? e.path }), e.bytes);
  }
}

/** The smallest entry behind each class of failure: the one to look at first. */
export function reproducers(failures: readonly Failure[]): Map<string, FuzzEntry | undefined> {
  const out = new Map<string, FuzzEntry | undefined>();
  for (const f of failures) {
    const best = out.get(f.cls);
    if (!out.has(f.cls) || (f.entry && (!best || f.entry.bytes.length < best.bytes.length))) {
      out.set(f.cls, f.entry ?? best);
    }
  }
  return out;
}
