import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import { splitParagraphs, splitSentences } from "../ingest/segment.ts";
import type { AttributionContext } from "./attribution-context.ts";
import { subjectFinder } from "./attribution-subject.ts";

function finder(text: string, people: string[], orgs: string[] = []) {
  const speakers: NameMention[] = [];
  for (const name of [...people, ...orgs]) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const type = orgs.includes(name) ? "organization" : "person";
      speakers.push({ type, name, start: i, end: i + name.length, text: name, sentence: 0 });
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  const ctx: AttributionContext = {
    text,
    speakers,
    sentences: splitSentences(text, splitParagraphs(text)),
  };
  return subjectFinder(ctx);
}

describe("subject", () => {
  it("takes a name that opens its clause, titles and all", () => {
    const f = finder("On Monday, Secretary of Defense Jane Roe met Tom Poe.", [
      "Jane Roe",
      "Tom Poe",
    ]);
    expect(f.subject(0, "person")?.name).toBe("Jane Roe");
  });

  it("takes a name followed by a verb of saying, even mid-sentence", () => {
    const text =
      "In a long interview with reporters on Monday night, the envoy Jane Roe said little.";
    expect(finder(text, ["Jane Roe"]).subject(0, "person")?.name).toBe("Jane Roe");
  });

  it("skips names after prepositions, possessives and deep in a clause", () => {
    const f = finder(
      "For the leader Tom Poe, this is new. Analysts believe that Tom Poe’s aims grew. Officials are studying what Tom Poe might want. Requests came from President Tom Poe.",
      ["Tom Poe"],
    );
    expect([0, 1, 2, 3].map((s) => f.subject(s, "person"))).toEqual([null, null, null, null]);
  });

  it("filters by type", () => {
    const f = finder("The Council said nothing.", [], ["Council"]);
    expect(f.subject(0, "person")).toBeNull();
    expect(f.subject(0, "organization")?.name).toBe("Council");
  });
});

describe("antecedent", () => {
  it("leaves “she” unresolved when two women are named before it", () => {
    const text = "Jane Roe stated that the war is Sara Poe’s choice. She noted more.";
    const f = finder(text, ["Jane Roe", "Sara Poe"]);
    expect(f.antecedent("she", text.indexOf("She"))).toBeNull();
  });

  it("takes the one person of the pronoun's gender, passing over the other", () => {
    const text = "Jane Roe met Tom Poe on Monday. He spoke. She left.";
    const f = finder(text, ["Jane Roe", "Tom Poe"]);
    expect(f.antecedent("he", text.indexOf("He"))?.name).toBe("Tom Poe");
    expect(f.antecedent("she", text.indexOf("She"))?.name).toBe("Jane Roe");
  });

  it("counts a person whose gender nothing tells as one who may be meant", () => {
    const text = "Jane Roe met Zorvath Quell on Monday. She spoke.";
    const f = finder(text, ["Jane Roe", "Zorvath Quell"]);
    expect(f.antecedent("she", text.indexOf("She"))).toBeNull();
  });

  it("counts a full name and its bare surname as one person", () => {
    const text = "Tom Poe arrived late. Poe then met Jane Roe. He spoke.";
    const f = finder(text, ["Tom Poe", "Poe", "Jane Roe"]);
    expect(f.antecedent("he", text.indexOf("He"))?.name).toBe("Poe");
  });

  it("falls back to the last name before the pronoun", () => {
    const text = "The talks involved Tom Poe. He spoke.";
    expect(finder(text, ["Tom Poe"]).antecedent("he", text.indexOf("He"))?.name).toBe("Tom Poe");
  });

  it("looks back three sentences, no further", () => {
    const near = "Jane Roe arrived. It rained. Wind blew. She spoke.";
    const far = "Jane Roe arrived. It rained. Wind blew. Night fell. She spoke.";
    expect(finder(near, ["Jane Roe"]).antecedent("she", near.indexOf("She"))?.name).toBe(
      "Jane Roe",
    );
    expect(finder(far, ["Jane Roe"]).antecedent("she", far.indexOf("She"))).toBeNull();
  });

  it("maps `it` to organizations and `they` to nobody", () => {
    const text = "Jane Roe joined the Council. It said no. They said no.";
    const f = finder(text, ["Jane Roe"], ["Council"]);
    expect(f.antecedent("it", text.indexOf("It"))?.name).toBe("Council");
    expect(f.antecedent("they", text.indexOf("They"))).toBeNull();
  });

  it("never looks past the pronoun", () => {
    const text = "He spoke before Jane Roe arrived.";
    expect(finder(text, ["Jane Roe"]).antecedent("he", 0)).toBeNull();
  });
});
