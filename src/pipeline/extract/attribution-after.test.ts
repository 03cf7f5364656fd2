import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import { attributeAfter } from "./attribution-after.ts";
import type { AttributionContext } from "./attribution-context.ts";
import { tokenizeRange } from "./attribution-tokens.ts";

/** Who attributeAfter finds for the words after the first ” in `text`. */
function speakerAfter(text: string, names: string[] = [], closed = false): string | null {
  const speakers: NameMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      speakers.push({
        type: "person",
        name,
        start: i,
        end: i + name.length,
        text: name,
        sentence: 0,
      });
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  const ctx: AttributionContext = { text, speakers, sentences: [] };
  const start = text.indexOf("”") + 1;
  const found = attributeAfter(ctx, tokenizeRange(text, start, text.length), closed);
  if (!found) return null;
  if (found.kind === "mention") return found.mention.name;
  if (found.kind === "pronoun") return `pronoun:${found.pronoun}`;
  return "unnamed";
}

describe("attributeAfter", () => {
  it("takes `X said` and `said X`, with titles before the name", () => {
    expect(speakerAfter("“…,” Jane Roe said.", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerAfter("“…,” said Jane Roe.", ["Jane Roe"])).toBe("Jane Roe");
    expect(speakerAfter("“…,” Deputy Minister Jane Roe told reporters.", ["Jane Roe"])).toBe(
      "Jane Roe",
    );
    expect(speakerAfter("“…?” asked Jane Roe.", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("takes `said X` after a long title, but not past a relative clause", () => {
    const long = "“…,” said the Deputy Secretary of State for Asian Affairs, Jane Roe.";
    expect(speakerAfter(long, ["Jane Roe"])).toBe("Jane Roe");
    const other = "“…,” said the officials, who met Jane Roe on Monday.";
    expect(speakerAfter(other, ["Jane Roe"])).toBe("unnamed");
  });

  it("takes `X, appositive, said`", () => {
    expect(speakerAfter("“…,” Jane Roe, a former official, said.", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("takes `according to X`", () => {
    expect(speakerAfter("“…,” according to Jane Roe.", ["Jane Roe"])).toBe("Jane Roe");
  });

  it("reports pronouns, in either order", () => {
    expect(speakerAfter("“…,” she said.")).toBe("pronoun:she");
    expect(speakerAfter("“…,” he later added.")).toBe("pronoun:he");
    expect(speakerAfter("“…,” said he.")).toBe("pronoun:he");
  });

  it("says `unnamed` for a verb of saying with no name", () => {
    expect(speakerAfter("“…,” officials said.")).toBe("unnamed");
    expect(speakerAfter("“…,” said a spokesperson.")).toBe("unnamed");
    expect(speakerAfter("“…,” Jane Roe’s lawyer said.", ["Jane Roe"])).toBe("unnamed");
  });

  it("after a quotation that closed its sentence, takes only a short attribution sentence", () => {
    expect(speakerAfter("“….” Jane Roe said.", ["Jane Roe"], true)).toBe("Jane Roe");
    expect(speakerAfter("“….” Jane Roe told reporters on Monday.", ["Jane Roe"], true)).toBe(
      "Jane Roe",
    );
    expect(speakerAfter("“….” Jane Roe, who owns a shop, said so.", ["Jane Roe"], true)).toBeNull();
    expect(speakerAfter("“….” Asked again, she said no.", [], true)).toBeNull();
  });

  it("does not take a coordinated verb for an unnamed speaker", () => {
    expect(speakerAfter("“…” and said workers would strike.")).toBeNull();
    expect(speakerAfter("“…” before the officials said more.")).toBeNull();
  });

  it("ignores a clause that does not start at the quotation", () => {
    expect(speakerAfter("“….” The troops left, Jane Roe said.", ["Jane Roe"])).toBeNull();
    expect(speakerAfter("“…” without details from Jane Roe.", ["Jane Roe"])).toBeNull();
    expect(speakerAfter("“…,” the letter to Jane Roe said.", ["Jane Roe"])).toBeNull();
    expect(speakerAfter("“…” Jane Roe left. Others said so.", ["Jane Roe"])).toBeNull();
    expect(speakerAfter("“…”")).toBeNull();
  });
});
