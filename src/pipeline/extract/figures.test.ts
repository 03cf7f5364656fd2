import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type { Article, FigureMention } from "../../core/model.ts";
import { ingest } from "../ingest/index.ts";
import { extractFigures } from "./figures.ts";

const article = (text: string): Article => articleFrom(text, { id: "test", file: "test.txt" });

const figures = (text: string) => extractFigures(article(text));
const texts = (text: string) => figures(text).map((f) => f.text);
/** The one figure in `text`, without its offsets. */
function only(text: string) {
  const all = figures(text);
  expect(all, JSON.stringify(all)).toHaveLength(1);
  const { type, start, end, sentence, ...rest } = all[0] as FigureMention;
  return rest;
}

function seed(name: string): Article {
  const path = new URL(`../../../seeds/${name}`, import.meta.url);
  const { articles } = ingest([{ path: name, bytes: readFileSync(path) }]);
  const a = articles[0];
  if (!a) throw new Error(`seed ${name} did not ingest`);
  return a;
}

describe("extractFigures on the sample seeds", () => {
  it("finds every figure in the first report, and nothing else", () => {
    const a = seed("000_5581c5a9835157b4.txt");
    const found = extractFigures(a).map(({ type, start, end, sentence, ...f }) => f);
    expect(found).toEqual([
      {
        text: "over 12,000 North Korean soldiers",
        kind: "count",
        value: 12_000,
        qualifier: "over",
        unit: "North Korean soldiers",
        noun: "soldier",
      },
      {
        text: "around 2,500 troops",
        kind: "count",
        value: 2500,
        qualifier: "about",
        unit: "troops",
        noun: "troop",
      },
      {
        text: "25,000 to 30,000 new soldiers each month",
        kind: "count",
        value: 25_000,
        max: 30_000,
        qualifier: null,
        unit: "new soldiers",
        noun: "soldier",
        rate: "each month",
      },
      {
        text: "600,000",
        kind: "count",
        value: 600_000,
        qualifier: "over",
        unit: "casualties",
        noun: "casualty",
      },
    ]);
  });

  it("finds every figure in the second report, skipping its dates", () => {
    const a = seed("001_119eb813b5161e76.txt");
    const found = extractFigures(a).map(({ type, start, end, sentence, ...f }) => f);
    expect(found).toEqual([
      {
        text: "around 3,000 troops",
        kind: "count",
        value: 3000,
        qualifier: "about",
        unit: "troops",
        noun: "troop",
      },
      {
        text: "over 600,000 Russian soldiers",
        kind: "count",
        value: 600_000,
        qualifier: "over",
        unit: "Russian soldiers",
        noun: "soldier",
      },
      {
        text: "13,000 containers of artillery shells",
        kind: "count",
        value: 13_000,
        qualifier: null,
        unit: "containers of artillery shells",
        noun: "container",
      },
    ]);
  });

  it("gives offsets and sentence indexes that point back into the text", () => {
    for (const a of [seed("000_5581c5a9835157b4.txt"), seed("001_119eb813b5161e76.txt")]) {
      for (const f of extractFigures(a)) {
        expect(a.text.slice(f.start, f.end)).toBe(f.text);
        const s = a.sentences[f.sentence];
        expect(s && s.start <= f.start && f.end <= s.end).toBe(true);
      }
    }
  });
});

describe("counts", () => {
  it("keeps compound nouns and 'X of Y'", () => {
    expect(only("Russia produces 3 million barrels of oil per day.")).toMatchObject({
      value: 3e6,
      unit: "barrels of oil",
      noun: "barrel",
      rate: "per day",
    });
    expect(only("They deployed 500 police officers.")).toMatchObject({
      unit: "police officers",
      noun: "officer",
    });
  });

  it("counts irregular plurals and people named by an adjective", () => {
    expect(only("It has 150,000 personnel.")).toMatchObject({
      unit: "personnel",
      noun: "personnel",
    });
    expect(only("Some 5.5 million people fled.")).toMatchObject({
      value: 5.5e6,
      noun: "person",
      qualifier: "about",
    });
    expect(only("The war left 1,200 wounded.")).toMatchObject({ unit: "wounded" });
  });

  it("reads a partitive 'of the'", () => {
    expect(only("Of those, 2,000 of the soldiers left.")).toMatchObject({
      value: 2000,
      unit: "soldiers",
    });
  });

  it("takes the noun from the subject when the number stands alone", () => {
    expect(only("The death toll rose to 45 on Tuesday.")).toMatchObject({
      text: "45",
      unit: "death toll",
      noun: "toll",
    });
    expect(only("The number of deaths has surpassed 1,200.")).toMatchObject({
      text: "1,200",
      unit: "deaths",
      qualifier: "over",
    });
    expect(only("Losses are nearing 5,000.")).toMatchObject({
      unit: "Losses",
      qualifier: "nearly",
    });
  });

  it("reports a large number without a noun, with an empty unit", () => {
    expect(only("The war has displaced 6.5 million.")).toMatchObject({
      value: 6.5e6,
      unit: "",
      noun: "",
    });
  });

  it("reads a bare 'over' before a small count as a preposition, not a bound", () => {
    expect(
      figures("The guard shot over two defenders at the buzzer.").filter(
        (f) => f.qualifier === "over",
      ),
    ).toEqual([]);
    expect(only("Turnout rose by over 3 percent.")).toMatchObject({ qualifier: "over" });
    expect(only("Over 40 defenders were on the field.")).toMatchObject({ qualifier: "over" });
  });

  it("does not read a decade or a size in two dimensions as a count", () => {
    expect(figures("The band was formed in the late nineteen seventies.")).toEqual([]);
    expect(figures("The watch has a 360×360 screen and a 1280 x 720 camera.")).toEqual([]);
    expect(only("They kept twenty goats.")).toMatchObject({ value: 20, unit: "goats" });
  });

  it("reads '$US' before the number as US dollars", () => {
    expect(only("The repairs cost $US2 million.")).toMatchObject({
      kind: "money",
      value: 2e6,
      currency: "USD",
    });
  });

  it("reads a '+' after the number as 'over'", () => {
    expect(only("They fired 10,000+ shells.")).toMatchObject({ qualifier: "over", unit: "shells" });
  });
});

describe("spelled numbers", () => {
  it("counts spelled numbers before a plural noun", () => {
    expect(only("Twenty-five people and the rest.")).toMatchObject({ value: 25, unit: "people" });
    expect(only("We saw three hundred and fifty people.")).toMatchObject({ value: 350 });
    expect(only("It sent a dozen tanks.")).toMatchObject({ value: 12, unit: "tanks" });
    expect(only("Half a million people left.")).toMatchObject({ value: 500_000 });
  });

  it("reads vague magnitudes as a lower bound", () => {
    expect(only("Hundreds of protesters gathered.")).toMatchObject({
      text: "Hundreds of protesters",
      value: 100,
      qualifier: "over",
      unit: "protesters",
    });
    expect(only("It displaced tens of thousands of people.")).toMatchObject({
      value: 10_000,
      qualifier: "over",
    });
    expect(only("Several thousand troops remain.")).toMatchObject({
      value: 1000,
      qualifier: "over",
    });
  });

  it("skips 'one' and spelled numbers without a plural noun", () => {
    expect(texts("One of the soldiers said the two met. One soldier died.")).toEqual([]);
    expect(texts("Thousands fled.")).toEqual([]);
  });

  it("skips spelled numbers inside names", () => {
    expect(texts("They met the Big Three at Formula One races.")).toEqual([]);
  });
});

describe("money", () => {
  it("reads symbols, scales and what the money is for", () => {
    expect(only("Congress approved $61 billion in aid to Ukraine.")).toMatchObject({
      text: "$61 billion in aid",
      kind: "money",
      value: 61e9,
      currency: "USD",
      unit: "aid",
      noun: "aid",
    });
    expect(only("It signed a $1.2-billion deal.")).toMatchObject({ value: 1.2e9, unit: "deal" });
  });

  it("reads other currencies and abbreviations", () => {
    expect(only("The EU pledged €3bn.")).toMatchObject({ value: 3e9, currency: "EUR", unit: "" });
    expect(only("It cost US$4.5m.")).toMatchObject({
      value: 4.5e6,
      currency: "USD",
      text: "US$4.5m",
    });
    expect(only("They paid about £3.2 million.")).toMatchObject({
      currency: "GBP",
      qualifier: "about",
    });
    expect(only("It is worth 5 million dollars.")).toMatchObject({ value: 5e6, currency: "USD" });
    expect(only("Revenue was 1.2 billion euros.")).toMatchObject({ currency: "EUR" });
  });

  it("reads prices with a rate", () => {
    expect(only("Oil sold at $80 a barrel.")).toMatchObject({ value: 80, rate: "a barrel" });
    expect(only("It costs $2 billion annually.")).toMatchObject({ rate: "annually" });
  });

  it("reads 'of' after money, and stops before adjectives", () => {
    expect(only("The fund holds £12.5bn of assets.")).toMatchObject({
      unit: "assets",
      noun: "asset",
    });
    expect(only("The first €4.5bn tranche is due in March.")).toMatchObject({ unit: "tranche" });
    expect(only("The first €4.5bn tranche due in March.")).toMatchObject({
      text: "€4.5bn tranche",
    });
  });

  it("does not take weight in pounds for money", () => {
    expect(only("They sent 5,000 pounds of rice.")).toMatchObject({
      kind: "count",
      unit: "pounds of rice",
    });
  });
});

describe("percentages", () => {
  it("reads %, percent and per cent", () => {
    expect(only("Prices rose 5.4%.")).toMatchObject({ kind: "percent", value: 5.4 });
    expect(only("Turnout was roughly 62 per cent.")).toMatchObject({
      value: 62,
      qualifier: "about",
    });
    expect(only("Over 50 percent of voters agreed.")).toMatchObject({
      text: "Over 50 percent of voters",
      qualifier: "over",
      unit: "voters",
      noun: "voter",
    });
  });

  it("reads what the percentage is of, or its subject", () => {
    expect(only("It holds 45% of the market.")).toMatchObject({
      unit: "market",
      text: "45% of the market",
    });
    expect(only("Inflation rose to 5.4% last year.")).toMatchObject({
      unit: "Inflation",
      noun: "inflation",
    });
    expect(only("They bought a 5% stake.")).toMatchObject({ unit: "stake" });
  });

  it("does not take an adjective for what a percentage measures", () => {
    expect(only("They were 95% effective.")).toMatchObject({ text: "95%", unit: "" });
  });

  it("reads percentage points", () => {
    expect(only("Support fell 3 percentage points.")).toMatchObject({
      kind: "percent",
      value: 3,
      unit: "percentage points",
    });
  });
});

describe("ranges", () => {
  it("reads 'between', hyphens and a shared scale", () => {
    expect(only("Between 10 and 20 soldiers died.")).toMatchObject({
      text: "Between 10 and 20 soldiers",
      value: 10,
      max: 20,
      qualifier: null,
    });
    expect(only("It lost 10-20 tanks.")).toMatchObject({ value: 10, max: 20, unit: "tanks" });
    expect(only("Some 5 to 7 million people fled.")).toMatchObject({
      value: 5e6,
      max: 7e6,
      qualifier: "about",
    });
  });

  it("reads a change as two figures, not a range", () => {
    expect(texts("Prices climbed from $5 to $7.")).toEqual(["$5", "$7"]);
    expect(texts("Support grew from 10% to 15%.")).toEqual(["10%", "15%"]);
  });
});

describe("near-misses: numbers that are not figures", () => {
  it("skips years and dates", () => {
    expect(
      texts(
        "In 2024 troops moved. In the 1990s it grew. On October 23, 2024, he spoke. It has held it since August 2023. On 21 October and Oct. 5, they met. Between 2019 and 2021, little changed.",
      ),
    ).toEqual([]);
  });

  it("skips clock times, phone numbers and ISO dates", () => {
    expect(
      texts("At 10:30 a.m. and 5 p.m., call 555-1234 or +1 202 555 0100 before 2024-10-23."),
    ).toEqual([]);
  });

  it("skips model numbers, codes, labels and ordinals", () => {
    expect(
      texts(
        "The Boeing 747 and F-16 jets, COVID-19, G7 leaders, page 5, No. 10, the 23rd brigade and a 45-year-old man.",
      ),
    ).toEqual([]);
  });

  it("skips a model number with a scale letter on it, but not money", () => {
    expect(texts("The laptop has Kestrel GX 650M graphics.")).toEqual([]);
    expect(texts("The firm raised $650M from investors.")).toEqual(["$650M"]);
  });

  it("reads a decimal written without its zero", () => {
    const [level] = figures("Her blood alcohol was .11 percent, the police said.");
    expect([level?.text, level?.value, level?.kind]).toEqual([".11 percent", 0.11, "percent"]);
    expect(texts("Version v.2 shipped in 2031.")).toEqual([]);
    // A decimal clipped of its point reads as nothing rather than as nine.
    expect(texts("09 percent was the level, and agent 007 left.")).toEqual([]);
  });

  it("skips a definite reference: 'the two nations' counts nothing new", () => {
    expect(texts("Talks between the two nations stalled, and two nations left.")).toEqual([
      "two nations",
    ]);
  });

  it("skips scale readings but keeps what follows them", () => {
    expect(
      texts("A magnitude 6.8 earthquake injured at least 9 people in a category 4 storm."),
    ).toEqual(["at least 9 people"]);
  });

  it("skips 'the first time in decades' and dated durations", () => {
    expect(
      texts("For the first time in decades, over the past two weeks, three days later."),
    ).toEqual([]);
  });

  it("skips small bare numbers but keeps counted or qualified ones", () => {
    expect(texts("He was aged 45 and the vote 52 to 48.")).toEqual([]);
    expect(texts("At least 12 people died.")).toEqual(["At least 12 people"]);
  });

  it("skips ratios, calibres and periods", () => {
    expect(texts("Nearly one in five adults and 3 out of 4 voters agreed.")).toEqual([]);
    expect(texts("It sent 155mm shells.")).toEqual([]);
    expect(texts("It agreed a package over four years.")).toEqual([]);
  });

  it("reads 'm' as million before a plural noun, otherwise as metres", () => {
    expect(only("It sold 3.4m units.")).toMatchObject({ value: 3.4e6, unit: "units" });
    expect(texts("They built a 5m wall.")).toEqual([]);
  });

  it("keeps a year-shaped number that plainly counts", () => {
    expect(texts("They sent 2000 troops.")).toEqual(["2000 troops"]);
  });
});

// Speed is measured by `npm run bench`; this checks that a megabyte is read whole and right.
describe("a megabyte of text", () => {
  it("finds every figure in it", () => {
    const chunk =
      "Officials said over 12,000 soldiers and around $1.2 billion in aid, up 5% since 2023, at 10:30 on October 23. ";
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const a = article(text);
    const found = extractFigures(a);
    expect(found.length).toBe(3 * Math.ceil(1_000_000 / chunk.length));
  });
});
