import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/fixture.ts";
import { mapped } from "./fixtures/predicted.ts";

describe("mapArticle", () => {
  it("knows which annotated sentences the pipeline read: a headline moved to the title is not", async () => {
    const { corpus, seeds } = await fixture();
    const [first, second, plus] = mapped(corpus, seeds);
    expect([...(first?.annotated ?? [])]).toEqual([1]);
    expect(first?.unread).toEqual([0]);
    expect([...(second?.annotated ?? [])]).toEqual([0, 1]);
    expect([...(plus?.annotated ?? [])]).toEqual([2, 3]);
    expect(plus?.unread).toEqual([1]);
  });

  it("places gold mentions in the pipeline's text, with their name cores", async () => {
    const { corpus, seeds } = await fixture();
    const second = mapped(corpus, seeds)[1];
    const text = second?.predicted.text ?? "";
    const inventor = second?.mentions.find((m) => m.text === "to inventor Mara Quill");
    expect(inventor && text.slice(inventor.start, inventor.end)).toBe("to inventor Mara Quill");
    expect(inventor?.core && text.slice(inventor.core.start, inventor.core.end)).toBe("Mara Quill");
    const monday = second?.mentions.find((m) => m.tag === "TIME_DATE");
    expect(monday?.core && text.slice(monday.core.start, monday.core.end)).toBe("Monday");
    const jury = mapped(corpus, seeds)[2]?.mentions.find((m) => m.text === "A Lisbon jury");
    expect(jury?.core).toBeNull();
    expect(jury?.refute).toBeNull();
  });

  it("finds the gold sentence of any span of the text", async () => {
    const { corpus, seeds } = await fixture();
    const second = mapped(corpus, seeds)[1];
    const text = second?.predicted.text ?? "";
    const at = (words: string) => {
      const start = text.indexOf(words);
      return second?.sentenceAt({ start, end: start + words.length });
    };
    expect(at("Vell Foundation")).toBe(0);
    expect(at("Porto")).toBe(1);
    expect(second?.sentenceAt({ start: text.length + 5, end: text.length + 9 })).toBeNull();
    expect(second?.sentenceText.get(1)).toBe(
      "Quill said the prize money would fund a workshop in Porto.",
    );
  });
});
