import { describe, expect, it } from "vitest";
import { chunksOf, eventChunks, mainParts, subjectOf } from "./clauses.ts";

const whole = (text: string) => ({ start: 0, end: text.length });
const slices = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end).trim());

/** The subject test and event chunks for the person named `name` in `text`. */
function event(text: string, name: string) {
  const chunks = mainParts(text, whole(text), []).flatMap((p) => chunksOf(text, p));
  const start = text.indexOf(name);
  const subject = subjectOf(chunks, { start, end: start + name.length });
  return subject
    ? { verb: subject.verb, chunks: slices(text, eventChunks(chunks, subject)) }
    : null;
}

describe("mainParts", () => {
  it("cuts out quotations and what follows a that-complement", () => {
    const text = "Austin affirmed on Monday in Rome that troops were sent to Russia.";
    expect(slices(text, mainParts(text, whole(text), []))).toEqual([
      "Austin affirmed on Monday in Rome",
    ]);
    const quoted =
      "During a briefing in Italy, Austin noted, “What are they doing in Kursk?” and left.";
    expect(slices(quoted, mainParts(quoted, whole(quoted), []))).toEqual([
      "During a briefing in Italy, Austin noted,",
      "and left.",
    ]);
  });
});

describe("chunksOf", () => {
  it("splits at commas but not inside numbers", () => {
    const text = "Officials said 2,500 troops went, and more will follow";
    expect(slices(text, chunksOf(text, whole(text)))).toEqual([
      "Officials said 2,500 troops went",
      "and more will follow",
    ]);
  });

  it("keeps mentions whole", () => {
    const text = "She spoke on October 22, 2024, in Rome";
    const date = { start: text.indexOf("October"), end: text.indexOf("2024") + 4 };
    expect(slices(text, chunksOf(text, whole(text), [date]))).toEqual([
      "She spoke on October 22, 2024",
      "in Rome",
    ]);
  });
});

describe("subjectOf / eventChunks", () => {
  it("finds the subject behind a title and an introductory phrase", () => {
    expect(
      event("On Wednesday, Secretary of Defense Jane Example confirmed it.", "Jane Example"),
    ).toEqual({
      verb: "confirmed",
      chunks: ["On Wednesday", "Secretary of Defense Jane Example confirmed it."],
    });
  });

  it("looks past an appositive for the verb", () => {
    expect(
      event("Beridze, a former foreign minister, thanked voters in Tbilisi.", "Beridze")?.verb,
    ).toBe("thanked");
    expect(event("Zelensky of Ukraine framed the move as desperate.", "Zelensky")?.verb).toBe(
      "framed",
    );
    expect(
      event("Her opponent, Giorgi Kapanadze, conceded late on Saturday.", "Giorgi Kapanadze")?.verb,
    ).toBe("conceded");
  });

  it("shares the verb of a joint subject", () => {
    expect(
      event("Emmanuel Macron and Olaf Scholz agreed near Berlin on Monday.", "Emmanuel Macron")
        ?.verb,
    ).toBe("agreed");
  });

  it("accepts a speaker named after a verb of saying", () => {
    expect(event("said Yuki Tanaka, a shopkeeper in Kumamoto.", "Yuki Tanaka")).toEqual({
      verb: "said",
      chunks: ["said Yuki Tanaka", "a shopkeeper in Kumamoto."],
    });
  });

  it("rejects objects, possessives and subordinate subjects", () => {
    expect(
      event("Voters in Georgia elected Nino Beridze as president.", "Nino Beridze"),
    ).toBeNull();
    expect(event("Kapanadze's party said it would appeal.", "Kapanadze")).toBeNull();
    expect(
      event("A day after Nino Beridze was declared the winner, crowds gathered.", "Nino Beridze"),
    ).toBeNull();
    expect(event("Aid arrived from Putin.", "Putin")).toBeNull();
  });

  it("stops the event at a new clause or another attribution", () => {
    expect(
      event(
        "Nino Beridze won the runoff on Saturday, the commission in Tbilisi said.",
        "Nino Beridze",
      )?.chunks,
    ).toEqual(["Nino Beridze won the runoff on Saturday"]);
    expect(
      event("As casualties in Ukraine mount, Putin is reportedly turning to mercenaries.", "Putin"),
    ).toEqual({ verb: "turning", chunks: ["Putin is reportedly turning to mercenaries."] });
  });
});
