import { describe, expect, it } from "vitest";
import { clausesOf } from "../../core/event/clause.ts";
import { frameOf } from "../../core/event/frame.ts";
import type { NameMention } from "../../core/model.ts";
import { tagText } from "../../core/text/tagger.ts";
import { frameTitle } from "./frame-title.ts";

type Named = [text: string, type: NameMention["type"], name?: string];

/** Each clause's title, for the date written `date` in an invented one-sentence article. */
function titles(sentence: string, date: string, named: Named[] = [], otherDates: string[] = []) {
  const at = (s: string) => {
    const start = sentence.indexOf(s);
    if (start < 0) throw new Error(`“${s}” is not in the sentence`);
    return { start, end: start + s.length };
  };
  const names: NameMention[] = named.map(([text, type, name]) => ({
    ...at(text),
    text,
    sentence: 0,
    type,
    name: name ?? text,
    entity: `${type}-${text.toLowerCase().replace(/\W+/g, "-")}`,
  }));
  const tokens = tagText(sentence);
  const d = at(date);
  const dates = [d, ...otherDates.map(at)];
  return clausesOf(tokens).map((clause) => {
    const frame = frameOf({
      source: "s",
      sentence: 0,
      clause,
      tokens,
      names,
      dates: [],
      figures: [],
    });
    return frameTitle(frame, tokens, names, d, dates);
  });
}

describe("frameTitle: who did what, never a cut sentence", () => {
  it("names the doer, the verb as written and what it was done to, without the date", () => {
    const [title] = titles(
      "On Monday, the Harbour Board closed the north pier to fishing boats.",
      "Monday",
      [["Harbour Board", "organization"]],
    );
    expect(title).toMatch(/^Harbour Board closed the (?:north )?pier$/);
  });

  it("keeps auxiliaries and a negation: the title never says more than the source", () => {
    const [title] = titles("The ferry company has not resumed sailings since March.", "March");
    expect(title).toMatch(/^The ferry company has not resumed sailings/);
    expect(title).not.toMatch(/March|…/);
  });

  it("drops a date and the preposition that introduced it", () => {
    const [title] = titles(
      "Fishermen have protested over the past two weeks about the new quota.",
      "the past two weeks",
    );
    expect(title).toMatch(/^Fishermen have protested/);
    expect(title).not.toMatch(/past|weeks|over|…/);
  });

  it("says who reported what was said, and whether the date is the saying's or the event's", () => {
    const named: Named[] = [
      ["Harbour Board", "organization"],
      ["Valley Council", "organization"],
    ];
    const sentence =
      "On Monday, the Harbour Board reported that since May the Valley Council has shipped 400 crates to Portvale.";
    // "On Monday" dates the report; "since May" dates the shipping.
    const saying = titles(sentence, "Monday", named, ["May"]);
    const shipping = titles(sentence, "May", named, ["Monday"]);
    expect(saying[0]).toBe(
      "Harbour Board reported Valley Council has shipped 400 crates to Portvale",
    );
    expect(shipping[0]).toBe("Harbour Board: Valley Council has shipped 400 crates to Portvale");
  });

  it("keeps a quoted speaker by name, titles removed", () => {
    const [title] = titles(
      "Harbour master Ann Example said on Tuesday that the council had closed the pier.",
      "Tuesday",
      [["Ann Example", "person"]],
    );
    expect(title).toBe("Ann Example said the council had closed the pier");
  });
});
