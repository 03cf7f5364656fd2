import { describe, expect, it } from "vitest";
import type { FigureMention } from "../../core/model.ts";
import { figureContext } from "./figure-context.ts";
import { FIGURE_THRESHOLD, figureMatch, firmFigures, type ReadFigure } from "./figure-match.ts";

/** Reads `phrase` in `sentence` as a figure with the given fields, with its clause. */
function read(sentence: string, phrase: string, fields: Partial<FigureMention>): ReadFigure {
  const start = sentence.indexOf(phrase);
  const figure: FigureMention = {
    type: "figure",
    kind: "count",
    text: phrase,
    start,
    end: start + phrase.length,
    sentence: 0,
    value: 0,
    qualifier: null,
    unit: "",
    noun: "",
    ...fields,
  };
  return { figure, context: figureContext(sentence, { start: 0, end: sentence.length }, figure) };
}
const matches = (a: ReadFigure, b: ReadFigure) => (figureMatch(a, b) ?? 0) >= FIGURE_THRESHOLD;

const sent2500 = read(
  "Officials estimate that around 2,500 troops have already been sent.",
  "around 2,500 troops",
  { value: 2500, qualifier: "about", unit: "troops", noun: "troop" },
);
const about3000 = read(
  "Officials estimate that around 3,000 troops might be involved.",
  "around 3,000 troops",
  { value: 3000, qualifier: "about", unit: "troops", noun: "troop" },
);
const trained12000 = read(
  "Reports describe the training of over 12,000 soldiers.",
  "over 12,000 soldiers",
  { value: 12000, qualifier: "over", unit: "soldiers", noun: "soldier" },
);

describe("figureMatch", () => {
  it("matches the same count worded alike", () => {
    expect(matches(sent2500, about3000)).toBe(true);
  });

  it("never matches troops sent with soldiers trained", () => {
    expect(figureMatch(sent2500, trained12000)).toBeNull();
  });

  it("prefers the closer number when the clause says nothing either way", () => {
    expect(figureMatch(about3000, sent2500) ?? 0).toBeGreaterThan(
      figureMatch(about3000, trained12000) ?? 0,
    );
    expect(matches(about3000, trained12000)).toBe(false);
  });

  it("matches casualties with soldiers killed or wounded", () => {
    const casualties = read(
      "As casualties in Ukraine surpass 600,000, the war goes on.",
      "600,000",
      { value: 600000, qualifier: "over", unit: "casualties", noun: "casualty" },
    );
    const killedOrWounded = read(
      "Officials estimate that over 600,000 Russian soldiers have been killed or wounded in the war.",
      "over 600,000 Russian soldiers",
      { value: 600000, qualifier: "over", unit: "Russian soldiers", noun: "soldier" },
    );
    const killed = read(
      "Officials say over 600,000 soldiers have been killed in the war.",
      "over 600,000 soldiers",
      { value: 600000, qualifier: "over", unit: "soldiers", noun: "soldier" },
    );
    expect(matches(casualties, killedOrWounded)).toBe(true);
    // Casualties are the killed and the wounded: not the same fact as deaths alone.
    expect(figureMatch(casualties, killed)).toBeNull();
  });

  it("keeps different kinds, currencies and rate periods apart", () => {
    const pct = read("Turnout was 61 percent.", "61 percent", { kind: "percent", value: 61 });
    const count = read("Turnout was 61 voters.", "61 voters", {
      value: 61,
      unit: "voters",
      noun: "voter",
    });
    expect(figureMatch(pct, count)).toBeNull();
    const usd = read("It costs $5 billion.", "$5 billion", {
      kind: "money",
      value: 5e9,
      currency: "USD",
    });
    const eur = read("It costs 5 billion euros.", "5 billion euros", {
      kind: "money",
      value: 5e9,
      currency: "EUR",
    });
    expect(figureMatch(usd, eur)).toBeNull();
    const monthly = read("They recruit 30,000 soldiers each month.", "30,000 soldiers each month", {
      value: 30000,
      unit: "soldiers",
      noun: "soldier",
      rate: "each month",
    });
    const yearly = read("They recruit 30,000 soldiers each year.", "30,000 soldiers each year", {
      value: 30000,
      unit: "soldiers",
      noun: "soldier",
      rate: "each year",
    });
    expect(figureMatch(monthly, yearly)).toBeNull();
  });

  it("matches a count of people with a toll hung on another noun, when both name the event", () => {
    const toll = read("The death toll from the earthquake rose to 2,012 on Saturday.", "2,012", {
      value: 2012,
      unit: "earthquake",
      noun: "earthquake",
    });
    const killed = read(
      "More than 2,000 people were killed when the quake struck.",
      "More than 2,000 people",
      { value: 2000, qualifier: "over", unit: "people", noun: "person" },
    );
    const homes = read("The earthquake destroyed 2,000 homes.", "2,000 homes", {
      value: 2000,
      unit: "homes",
      noun: "home",
    });
    expect(matches(toll, killed)).toBe(true);
    expect(figureMatch(toll, homes)).toBeNull();
  });

  it("keeps different counted things apart", () => {
    const containers = read(
      "North Korea has sent 13,000 containers of shells.",
      "13,000 containers",
      { value: 13000, unit: "containers of shells", noun: "container" },
    );
    const troops = read("North Korea has sent 13,000 troops.", "13,000 troops", {
      value: 13000,
      unit: "troops",
      noun: "troop",
    });
    expect(figureMatch(containers, troops)).toBeNull();
  });

  it("lets a percentage without a noun match on its clause", () => {
    const a = read(
      "Ministers agreed to cut tariffs on electric vehicles by 12 percent.",
      "12 percent",
      { kind: "percent", value: 12 },
    );
    const b = read(
      "The sides agreed to lower tariffs on electric cars by 10 percent.",
      "10 percent",
      { kind: "percent", value: 10 },
    );
    const turnout = read("Turnout was about 61 percent, officials said.", "about 61 percent", {
      kind: "percent",
      value: 61,
      qualifier: "about",
    });
    expect(matches(a, b)).toBe(true);
    expect(figureMatch(a, turnout)).toBeNull();
  });
});

describe("firmFigures", () => {
  const ctx = { contains: (a: string, b: string) => a === b };
  const offer = (value: number, bidder: string) => ({
    ...read(`${bidder} offered $${value} million for the harbor terminal.`, `$${value} million`, {
      kind: "money",
      value: value * 1e6,
      noun: "terminal",
    }),
    bodies: new Set([bidder]),
  });

  it("takes close estimates of one thing as one fact told two ways", () => {
    expect(firmFigures(sent2500, about3000, ctx)).toBe(true);
  });

  it("does not take two bodies' figures, or a vague crowd, for one fact", () => {
    expect(firmFigures(offer(120, "organization-acme"), offer(110, "organization-acme"), ctx)).toBe(
      true,
    );
    expect(
      firmFigures(offer(120, "organization-acme"), offer(110, "organization-borealis"), ctx),
    ).toBe(false);
    const thousands = read("Thousands of troops have already been sent.", "Thousands of troops", {
      value: 1000,
      qualifier: "over",
      unit: "troops",
      noun: "troop",
    });
    expect(firmFigures(sent2500, thousands, ctx)).toBe(false);
  });

  it("does not take two measures in one unit for one fact when nothing else ties them", () => {
    const latitude = read("The epicentre lay at 41.2 degrees north.", "41.2 degrees", {
      value: 41.2,
      unit: "degrees",
      noun: "degree",
    });
    const heat = read("Rescuers worked in heat of about 42 degrees.", "about 42 degrees", {
      value: 42,
      qualifier: "about",
      unit: "degrees",
      noun: "degree",
    });
    expect(firmFigures(latitude, heat, ctx)).toBe(false);
    const walk = (phrase: string, value: number) =>
      read(`The refugees walked ${phrase} to the border.`, phrase, {
        value,
        unit: "miles",
        noun: "mile",
      });
    expect(firmFigures(walk("40 miles", 40), walk("44 miles", 44), ctx)).toBe(true);
  });

  it("takes several dozen for a vague crowd, not a count", () => {
    const dozens = read("Several dozen troops have already been sent.", "Several dozen troops", {
      value: 24,
      qualifier: "over",
      unit: "troops",
      noun: "troop",
    });
    const twenty = read("Officials say 20 troops have already been sent.", "20 troops", {
      value: 20,
      unit: "troops",
      noun: "troop",
    });
    expect(firmFigures(twenty, dozens, ctx)).toBe(false);
  });

  it("does not take two holders' spans in one unit for one fact", () => {
    const served = read(
      "Officer Example, a dog handler, had been with the squad for 11 years.",
      "11 years",
      { value: 11, unit: "years", noun: "year" },
    );
    const shop = read("The bakery has been there for at least 10 years.", "at least 10 years", {
      value: 10,
      qualifier: "at least",
      unit: "years",
      noun: "year",
    });
    expect(firmFigures(served, shop, ctx)).toBe(false);
  });

  it("keeps figures of another occasion apart from the news's own", () => {
    const goals = (sentence: string, phrase: string, value: number) =>
      read(sentence, phrase, { value, qualifier: "at least", unit: "goals", noun: "goal" });
    // A floor reached in each of several seasons is not this season's total.
    expect(
      firmFigures(
        goals("Striker Example scored at least 21 goals this season.", "at least 21 goals", 21),
        goals(
          "Striker Example has scored at least 20 goals in each of the past four seasons.",
          "at least 20 goals",
          20,
        ),
        ctx,
      ),
    ).toBe(false);
    // The main shock's distance and the aftershock's.
    const from = (sentence: string) =>
      read(sentence, "three miles", { value: 3, unit: "miles", noun: "mile" });
    const main = from("The tremor was centred about three miles from Exampleton.");
    const after = from("It was followed by a smaller tremor three miles from Exampleton.");
    expect(firmFigures(main, after, ctx)).toBe(false);
    expect(
      firmFigures(main, from("The tremor was centred three miles from Exampleton."), ctx),
    ).toBe(true);
    // Nor is the aftershock's distance the main shock's when the two give the same number.
    const again = from("It was followed by a smaller tremor three miles from Exampleton.");
    expect(
      figureMatch(from("The tremor was centred three miles from Exampleton."), again),
    ).toBeNull();
    // A running total over several nights against one night's count.
    const arrests = (sentence: string, phrase: string, value: number) =>
      read(sentence, phrase, { value, unit: "arrests", noun: "arrest" });
    expect(
      firmFigures(
        arrests(
          "Since the march began, 52 arrests have been made over four nights.",
          "52 arrests",
          52,
        ),
        arrests("Police said there were 46 arrests after Wednesday's march.", "46 arrests", 46),
        ctx,
      ),
    ).toBe(false);
    // A turnout by an hour of the day against the final one.
    const turnout = (sentence: string, phrase: string, value: number) =>
      read(sentence, phrase, { kind: "percent", value, unit: "percent of voters", noun: "voter" });
    expect(
      firmFigures(
        turnout("Some 81 percent of voters had cast ballots by 3 p.m.", "81 percent of voters", 81),
        turnout("Officials said 84 percent of voters took part.", "84 percent of voters", 84),
        ctx,
      ),
    ).toBe(false);
    // A toll of raids in recent days against today's.
    const killed = (sentence: string, phrase: string, value: number) =>
      read(sentence, phrase, { value, qualifier: "at least", unit: "people", noun: "people" });
    expect(
      firmFigures(
        killed("Raids on the border killed at least 12 people.", "at least 12 people", 12),
        killed(
          "Raids on the border in recent days killed at least 11 people.",
          "at least 11 people",
          11,
        ),
        ctx,
      ),
    ).toBe(false);
  });
});
