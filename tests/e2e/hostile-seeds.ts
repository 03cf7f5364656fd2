import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hostileInputs } from "../support/hostile.ts";

/** Writes one seed file per hostile input, named by its id. */
export async function writeHostileSeeds(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const inputs = hostileInputs();
  for (const { id, bytes } of inputs) await writeFile(join(dir, `${id}.txt`), bytes);
  return inputs.length;
}
