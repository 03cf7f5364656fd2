import { describe, expect, it } from "vitest";
import { participleLemma, participleOf } from "./lemma.ts";
import { tagText } from "./tagger.ts";

describe("participleLemma", () => {
  it("turns regular and irregular participles into their verbs", () => {
    expect(participleLemma("apprehended")).toBe("apprehend");
    expect(participleLemma("carried")).toBe("carry");
    expect(participleLemma("stopped")).toBe("stop");
    expect(participleLemma("struck")).toBe("strike");
    expect(participleLemma("taken")).toBe("take");
  });

  it("leaves a word that is no participle as it is", () => {
    expect(participleLemma("purple")).toBe("purple");
  });
});

describe("tagText", () => {
  it("reads a passive participle as the verb it is", () => {
    const tokens = tagText("The suspect was apprehended near the border.");
    expect(tokens.find((t) => t.text === "apprehended")).toMatchObject({
      pos: "VERB",
      lemma: "apprehend",
    });
  });

  it("gives offsets into the text, contractions included", () => {
    const text = "Officials didn't confirm it.";
    for (const t of tagText(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("participleOf", () => {
  it("gives the participle a label writes after the counted thing, regular or not", () => {
    expect(participleOf("recruit")).toBe("recruited");
    expect(participleOf("send")).toBe("sent");
    expect(participleOf("take")).toBe("taken");
  });
});
