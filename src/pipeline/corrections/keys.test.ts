import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryEffects } from "../effects.ts";
import { runPipeline } from "../index.ts";
import { claimKey, normalWords, withKeys } from "./keys.ts";

const FIXTURE = resolve(import.meta.dirname, "../../../tests/fixtures/corrections");

/** The invented two-source story, with any file replaced or added. */
async function build(extra: Record<string, string> = {}) {
  const files: Record<string, string> = {};
  for (const n of readdirSync(FIXTURE))
    files[`seeds/${n}`] = readFileSync(`${FIXTURE}/${n}`, "utf8");
  for (const [n, text] of Object.entries(extra)) files[`seeds/${n}`] = text;
  const { effects } = memoryEffects(files);
  return runPipeline(
    { seedsDir: "seeds", contentDir: "content", latestDate: "2031-12-31" },
    effects,
  );
}

const article = (name: string) => readFileSync(`${FIXTURE}/${name}`, "utf8");

describe("stable keys", () => {
  it("gives every claim, quote and timeline event a key, unique in the build", async () => {
    const m = await build();
    const keys = [...m.claims, ...m.quotes, ...m.timeline].map((x) => x.key);
    expect(keys.every((k) => typeof k === "string" && /^[a-z]+-[0-9a-z]{7}/.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps every key when one word changes elsewhere in an article", async () => {
    const before = await build();
    const edited = article("b_harbour.md").replace("the chief engineer", "the city engineer");
    expect(edited).not.toBe(article("b_harbour.md"));
    const after = await build({ "b_harbour.md": edited });
    // Claims and quotes are keyed by their own words, so even those in the edited sentence keep
    // their keys; a timeline event is keyed by its sentence, so that sentence's event is left out.
    const keys = (m: typeof before) =>
      [...m.claims, ...m.quotes, ...m.timeline.filter((e) => !e.title.includes("engineer"))]
        .map((x) => x.key)
        .sort();
    expect(keys(after)).toEqual(keys(before));
  });

  it("changes a claim's key when its own words change", async () => {
    const before = await build();
    const after = await build({
      "b_harbour.md": article("b_harbour.md").replace(
        "Some 3,000 residents",
        "Some 2,900 residents",
      ),
    });
    const differ = (m: typeof before) => m.claims.find((c) => c.topic.includes("resident"))?.key;
    expect(differ(before)).toBeDefined();
    expect(differ(after)).toBeDefined();
    expect(differ(after)).not.toBe(differ(before));
  });

  it("does not depend on the order of the values, case or spacing", () => {
    const v = (source: string, text: string) => ({
      source,
      value: text,
      text,
      start: 0,
      end: text.length,
      sentence: 0,
    });
    expect(
      claimKey({ kind: "figure", values: [v("a", "About 40 boats"), v("b", "40 boats")] }),
    ).toBe(claimKey({ kind: "figure", values: [v("b", "40  boats"), v("a", "about 40 boats")] }));
    expect(normalWords("“Left  to be seen”")).toBe("left to be seen");
  });

  it("numbers things with the same words in their given order", () => {
    expect(withKeys(["x", "y", "x"], () => "k").map((x) => x.key)).toEqual(["k", "k-2", "k-3"]);
  });
});
