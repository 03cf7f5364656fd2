import { describe, expect, it } from "vitest";
import { json } from "../core/json.ts";
import { memoryEffects } from "../pipeline/effects.ts";
import { readCollection } from "./read-content.ts";

const timeline = (story: string) => ({ story, title: `About ${story}`, sources: [], events: [] });

describe("readCollection", () => {
  it("reads a collection's JSON files in file-name order, checked by its schema", async () => {
    const { effects } = memoryEffects({
      "content/timelines/b.json": json(timeline("b")),
      "content/timelines/a.json": json(timeline("a")),
      "content/timelines/notes.txt": "not an entry",
    });
    const entries = await readCollection(effects, "content", "timelines");
    expect(entries.map((t) => t.story)).toEqual(["a", "b"]);
  });

  it("gives no entries for a folder the build did not write", async () => {
    const { effects } = memoryEffects({ "content/sources/x.json": "{}" });
    await expect(readCollection(effects, "content", "claims")).resolves.toEqual([]);
  });

  it("names the file whose data does not match its collection's schema", async () => {
    const { effects } = memoryEffects({
      "content/timelines/bad.json": json({ story: "bad", title: 3 }),
    });
    await expect(readCollection(effects, "content", "timelines")).rejects.toThrow(
      "content/timelines/bad.json does not match its schema",
    );
  });
});
