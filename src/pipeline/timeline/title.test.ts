import { describe, expect, it } from "vitest";
import { capitalise, cut, MAX_WORDS, removeDate, titleOf } from "./title.ts";

/** The title of `sentence` (the whole text) with the first `date` removed. */
function title(sentence: string, date: string, at = sentence.indexOf(date)) {
  return titleOf(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length })
    .title;
}

/** Every word of the title, bar the marks it may add, is a word of the sentence. */
function wordsAreFrom(t: string, sentence: string) {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const allowed = new Set(words(sentence));
  return words(t).every((w) => allowed.has(w));
}

describe("titleOf", () => {
  it("removes a leading date with its preposition and comma, and capitalises", () => {
    expect(title("On Wednesday, the mayor confirmed the bridge would close.", "Wednesday")).toBe(
      "The mayor confirmed the bridge would close",
    );
    expect(title("Last week, the agency reported a rise.", "Last week")).toBe(
      "The agency reported a rise",
    );
  });

  it("removes a date inside the sentence with the commas that held it", () => {
    expect(title("Jane Example, on 14 March 2024, opened the bridge.", "14 March 2024")).toBe(
      "Jane Example opened the bridge",
    );
    expect(title("Jane Example opened the bridge on 14 March 2024.", "14 March 2024")).toBe(
      "Jane Example opened the bridge",
    );
    expect(title("The agency said that since May 2023, prices have risen.", "since May 2023")).toBe(
      "The agency said that prices have risen",
    );
    expect(title("Rain fell over the past two weeks in Lyon.", "the past two weeks")).toBe(
      "Rain fell in Lyon",
    );
  });

  it("keeps a date that is a bound, since without it the title would say something else", () => {
    expect(title("The bridge stays closed until 14 March 2024.", "14 March 2024")).toBe(
      "The bridge stays closed until 14 March 2024",
    );
  });

  it("drops leading scene-setting but keeps attribution", () => {
    expect(
      title(
        "In an exclusive interview, Jane Example affirmed on 14 March 2024 that talks resumed.",
        "14 March 2024",
      ),
    ).toBe("Jane Example affirmed that talks resumed");
    expect(title("According to officials, the bridge closed on Monday.", "Monday")).toBe(
      "According to officials, the bridge closed",
    );
    expect(title("On Monday, 40 soldiers died.", "Monday")).toBe("40 soldiers died");
    expect(title("LYON — On Monday, the council met.", "Monday")).toBe("The council met");
  });

  it("cuts a long sentence at a word boundary with “…”, preferring a clause boundary", () => {
    const long =
      "On Tuesday, the regional council of the northern province approved a plan to rebuild three bridges, two schools and a hospital before winter.";
    const t = title(long, "Tuesday");
    expect(t).toBe("The regional council of the northern province approved a plan to rebuild…");
    expect(t.replace("…", "").split(" ").length).toBeLessThanOrEqual(MAX_WORDS);
    expect(wordsAreFrom(t, long)).toBe(true);

    const clause =
      "On Tuesday, the regional council approved the new housing plan, and the mayor said the works would start soon after.";
    expect(title(clause, "Tuesday")).toBe("The regional council approved the new housing plan…");
  });

  it("closes a quotation the cut falls inside", () => {
    const s =
      "On Friday, Jane Example said, “We will rebuild every single street and every home in this city before the winter.”";
    const t = title(s, "Friday");
    // Not cut at the comma before the quotation, which would leave her saying nothing.
    expect(t).toBe("Jane Example said, “We will rebuild every single street and every home…”");
  });

  it("works on the clause it is given and tells how long the cleaned text is", () => {
    const text = "Last week, the agency reported that since May 2023, the city has grown fast.";
    const clause = { start: text.indexOf("since"), end: text.length };
    const date = { start: clause.start, end: clause.start + "since May 2023".length };
    const t = titleOf(text, clause, date);
    expect(t.title).toBe("The city has grown fast");
    expect(t.length).toBe("the city has grown fast".length);
  });

  it("also takes out other dates it is given, from the last back", () => {
    const text = "Last week, the agency said that since May 2023, on average, the city has grown.";
    const week = { start: 0, end: 9 };
    const sinceAt = text.indexOf("since May 2023");
    const since = { start: sinceAt, end: sinceAt + 14 };
    expect(titleOf(text, { start: 0, end: text.length }, week, [since]).title).toBe(
      "The agency said that on average, the city has grown",
    );
  });

  it("keeps the date words when the sentence is nothing but its date", () => {
    expect(title("14 March 2024.", "14 March 2024")).toBe("14 March 2024");
  });

  it("does not choke on a huge sentence", () => {
    const huge = `On Monday, ${"word ".repeat(200_000)}end.`;
    const t = title(huge, "Monday");
    expect(t.endsWith("…")).toBe(true);
    expect(t.length).toBeLessThan(200);
  });
});

describe("removeDate", () => {
  it("leaves the words on both sides joined", () => {
    expect(removeDate("The mayor, on ", ", said").replace(/\s+/g, " ")).toBe("The mayor said");
    expect(removeDate("The vote (held on ", ") passed").replace(/\s+/g, " ")).toBe(
      "The vote (held ) passed",
    );
  });
});

describe("cut and capitalise", () => {
  it("leaves short titles alone and does not end a cut on a dangling word", () => {
    expect(cut("The council met")).toBe("The council met");
    expect(cut("one two three four five six seven eight nine ten eleven the twelve thirteen")).toBe(
      "one two three four five six seven eight nine ten eleven…",
    );
  });

  it("capitalises the first letter, after any quotation mark", () => {
    expect(capitalise("“we will”")).toBe("“We will”");
    expect(capitalise("the mayor")).toBe("The mayor");
  });
});
