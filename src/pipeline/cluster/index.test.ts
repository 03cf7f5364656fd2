import { describe, expect, it } from "vitest";
import { ingest } from "../ingest/index.ts";
import { cluster } from "./index.ts";

const seed = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

const { articles } = ingest([
  seed(
    "a.txt",
    "Flood Hits Riverton\n\nThe Arno river flooded Riverton on Monday. Mayor Lucia Ferri ordered evacuations as the Arno rose.",
  ),
  seed(
    "b.txt",
    "Riverton Evacuated\n\nMayor Lucia Ferri evacuated Riverton after the Arno burst its banks, flooding homes.",
  ),
  seed(
    "c.txt",
    "Chess Final Ends in Draw\n\nGrandmaster Ivan Petrov drew the final game of the chess championship in Oslo.",
  ),
]);

describe("cluster", () => {
  it("groups articles about the same event and leaves others alone", () => {
    const stories = cluster(articles);
    expect(stories.map((s) => s.sources)).toEqual([["a", "b"], ["c"]]);
  });

  it("gives stable, unique slugs", () => {
    const first = cluster(articles).map((s) => s.slug);
    expect(cluster([...articles].reverse()).map((s) => s.slug)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
