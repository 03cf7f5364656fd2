import { describe, expect, it } from "vitest";
import { defaultIngestOptions, ingest } from "../ingest/index.ts";
import { bodyStart } from "./body.ts";

const article = (text: string, keepHeadline: boolean) => {
  const a = ingest([{ path: "a.txt", bytes: new TextEncoder().encode(text) }], {
    ...defaultIngestOptions,
    keepHeadline,
  }).articles[0];
  if (!a) throw new Error("not ingested");
  return a;
};

describe("bodyStart", () => {
  const seed = "Ferry Capsizes Off Lombok\n\nA ferry capsized off Lombok on Saturday.";

  it("skips a headline kept as the first paragraph", () => {
    const a = article(seed, true);
    expect(a.text.slice(bodyStart(a))).toBe("A ferry capsized off Lombok on Saturday.");
  });

  it("is the start of the text when the headline was not kept", () => {
    expect(bodyStart(article(seed, false))).toBe(0);
  });

  it("does not skip a first paragraph that only resembles the headline", () => {
    const a = article("the ferry capsized off lombok on saturday and rescuers searched", true);
    expect(a.titleGenerated).toBe(true);
    expect(bodyStart(a)).toBe(0);
  });
});
