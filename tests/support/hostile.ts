import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** One hostile seed: its id, its class and its raw bytes. */
export interface HostileInput {
  id: string;
  cat: string;
  bytes: Uint8Array;
}

interface Entry {
  id: string;
  cat: string;
  text?: string;
  base64?: string;
  repeat?: { prefix?: string; unit: string; times: number; suffix?: string };
  /** The shared corpus's form: a JS expression such as "'A'.repeat(1_000_000)". */
  generator?: string;
}

const ROOT = resolve(import.meta.dirname, "../..");
/** The project's own corpus: always there, so a clone of the repository alone tests it. */
export const OWN_CORPUS = resolve(ROOT, "tests/fixtures/hostile/inputs.json");
/** A corpus kept beside the repository by the team; used too when it is there. */
export const SHARED_CORPUS = resolve(ROOT, "../shared/fixtures/hostile-inputs.json");

function read(path: string, prefix: string): HostileInput[] {
  const { inputs } = JSON.parse(readFileSync(path, "utf8")) as { inputs: Entry[] };
  return inputs.map((e) => ({ id: `${prefix}${e.id}`, cat: e.cat, bytes: bytesOf(e) }));
}

function bytesOf(e: Entry): Uint8Array {
  if (e.base64 !== undefined) return Buffer.from(e.base64, "base64");
  if (e.repeat !== undefined) {
    const r = e.repeat;
    return new TextEncoder().encode(`${r.prefix ?? ""}${r.unit.repeat(r.times)}${r.suffix ?? ""}`);
  }
  const text = e.generator !== undefined ? String(new Function(`return ${e.generator}`)()) : e.text;
  return new TextEncoder().encode(text ?? "");
}

/** Every hostile input: the project's own, plus the shared corpus's when it is beside the repo. */
export function hostileInputs(): HostileInput[] {
  return [
    ...read(OWN_CORPUS, ""),
    ...(existsSync(SHARED_CORPUS) ? read(SHARED_CORPUS, "shared-") : []),
  ];
}
