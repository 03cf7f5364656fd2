import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import {
  type AttributionContext,
  firstSpeakerFrom,
  firstSpeakerIn,
  isPossessive,
  sentenceAt,
  speakerRange,
  speakersBackFrom,
} from "./attribution-context.ts";

const text = "Ann Lee met Bo Park. Ann Lee’s aide left. Reynolds’ remarks. Cy Dunn spoke.";
const mention = (name: string, from = 0): NameMention => {
  const start = text.indexOf(name, from);
  return { type: "person", name, start, end: start + name.length, text: name, sentence: 0 };
};
const speakers = [
  mention("Ann Lee"),
  mention("Bo Park"),
  mention("Ann Lee", 10),
  mention("Reynolds"),
  mention("Cy Dunn"),
];
const ctx: AttributionContext = {
  text,
  speakers,
  sentences: ["Ann Lee met", "Ann Lee’s aide", "Reynolds’", "Cy Dunn"].map((s) => {
    const start = text.indexOf(s);
    return { start, end: text.indexOf(".", start) + 1, paragraph: 0 };
  }),
};

describe("speaker lookups", () => {
  it("finds speakers by position", () => {
    expect(firstSpeakerFrom(ctx, 0)).toBe(0);
    expect(firstSpeakerFrom(ctx, 1)).toBe(1);
    expect(firstSpeakerFrom(ctx, 1000)).toBe(5);
    expect(firstSpeakerIn(ctx, 1, 19)?.name).toBe("Bo Park");
    expect(firstSpeakerIn(ctx, 1, 15)).toBeNull(); // Bo Park runs past the end
  });

  it("lists speakers back from a position, nearest first", () => {
    expect(speakersBackFrom(ctx, 0, 41, 5).map((m) => m.start)).toEqual([21, 12, 0]);
    expect(speakersBackFrom(ctx, 0, 41, 1).map((m) => m.start)).toEqual([21]);
    expect(speakersBackFrom(ctx, 13, 41, 5).map((m) => m.start)).toEqual([21]);
    expect(speakersBackFrom(ctx, 0, 27, 5).map((m) => m.start)).toEqual([12, 0]);
  });

  it("finds the sentence holding a position", () => {
    expect(sentenceAt(ctx, 0)).toBe(0);
    expect(sentenceAt(ctx, 19)).toBe(0);
    expect(sentenceAt(ctx, 21)).toBe(1);
    expect(sentenceAt(ctx, text.length - 1)).toBe(3);
  });

  it("recognizes possessive names, including a bare apostrophe after s", () => {
    expect(isPossessive(text, mention("Ann Lee", 10))).toBe(true);
    expect(isPossessive(text, mention("Reynolds"))).toBe(true);
    expect(isPossessive(text, mention("Ann Lee"))).toBe(false);
    expect(isPossessive(text, mention("Cy Dunn"))).toBe(false);
  });

  it("reduces a mention to its range", () => {
    expect(speakerRange(mention("Bo Park"))).toEqual({ start: 12, end: 19 });
  });
});
