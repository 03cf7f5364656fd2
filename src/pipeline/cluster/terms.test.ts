import { describe, expect, it } from "vitest";
import { conceptOf } from "../../core/text/concepts.ts";
import { ingest } from "../ingest/index.ts";
import { articleTerms } from "./terms.ts";

const article = (path: string, text: string) => {
  const a = ingest([{ path, bytes: new TextEncoder().encode(text) }]).articles[0];
  if (!a) throw new Error("not ingested");
  return a;
};

describe("articleTerms", () => {
  it("weighs headline words above body words", () => {
    const t = articleTerms(
      article("a.txt", "Tariff Deal Reached\n\nMinisters agreed on a tariff cut in Geneva."),
    );
    expect(t.get(conceptOf("tariff")) ?? 0).toBeGreaterThan(t.get(conceptOf("geneva")) ?? 0);
  });

  it("grows with repetition, but slower than the count", () => {
    const t = articleTerms(
      article("a.txt", "Note\n\nThe flood rose. The flood spread. The flood stayed. Rain fell."),
    );
    expect(t.get(conceptOf("flood")) ?? 0).toBeGreaterThan(t.get(conceptOf("rain")) ?? 0);
    expect(t.get(conceptOf("flood")) ?? 0).toBeLessThan(3 * (t.get(conceptOf("rain")) ?? 0));
  });

  it("gives no extra weight to a headline written from the lead", () => {
    const a = article("a.txt", "the flood rose in the valley overnight and more rain fell");
    expect(a.titleGenerated).toBe(true);
    const t = articleTerms(a);
    expect(t.get(conceptOf("flood"))).toBe(t.get(conceptOf("rain")));
  });
});
