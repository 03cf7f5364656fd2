import { describe, expect, it } from "vitest";
import type { Article, ArticleFacts, FigureMention, NameMention } from "../model.ts";
import { distinctEvents, type LeadParty, leadParties } from "./distinct-events.ts";

const person = (key: string, name: string): LeadParty => ({
  key,
  kind: "person",
  words: name.toLowerCase().split(" "),
});
const place = (key: string, lat: number, lon: number): LeadParty => ({
  key,
  kind: "place",
  words: [],
  geo: { lat, lon },
});
const count = (noun: string, value: number): LeadParty => ({
  key: `${noun}:${value}`,
  kind: `count:${noun}`,
  words: [],
});
const reports = (n: number, ...parties: LeadParty[]) => Array.from({ length: n }, () => parties);

// Invented: a region, a town inside it, and a town far away.
const region = place("region:XX-N", 10, 10);
const town = place("city:1", 10.1, 10.1);
const farTown = place("city:2", 20, 20);
const ctx = { contains: (outer: string, inner: string) => outer === inner || outer === region.key };

describe("distinctEvents", () => {
  it("tells apart two players put on the injured list by one team", () => {
    const okafor = person("person-tomas-okafor", "Tomas Okafor");
    const varga = person("person-emil-varga", "Emil Varga");
    expect(distinctEvents(reports(4, okafor), reports(3, varga), ctx)).toMatch(/okafor/);
  });

  it("tells apart two states' look-alike laws by the state most reports lead with", () => {
    const north = place("region:XX-N", 10, 10);
    const south = place("region:XX-S", 2, 30);
    const apart = { contains: (outer: string, inner: string) => outer === inner };
    expect(distinctEvents(reports(6, north), reports(4, south), apart)).toMatch(/region:XX-/);
    // A state and a town inside it may be one scene.
    expect(distinctEvents(reports(6, north), reports(4, town), ctx)).toBeNull();
  });

  it("tells apart two raids by the count of pirates caught", () => {
    expect(
      distinctEvents(reports(5, count("pirate", 17)), reports(3, count("pirate", 31)), ctx),
    ).not.toBeNull();
  });

  it("tells apart two quakes in towns far apart", () => {
    expect(distinctEvents(reports(3, town), reports(3, farTown), ctx)).not.toBeNull();
  });

  it("keeps one event whose reports also name the other group's party in their leads", () => {
    const okafor = person("person-tomas-okafor", "Tomas Okafor");
    const varga = person("person-emil-varga", "Emil Varga");
    const b = [...reports(2, varga, okafor), ...reports(2, varga)];
    expect(distinctEvents(reports(4, okafor), b, ctx)).toBeNull();
  });

  it("keeps one event told with a town by some and its region by others", () => {
    expect(distinctEvents(reports(3, town), reports(3, region), ctx)).toBeNull();
  });

  it("keeps two spellings of one name the resolver kept apart", () => {
    const short = person("person-fred-larkin", "Fred Larkin");
    const long = person("person-frederick-m-larkin", "Frederick M Larkin");
    expect(distinctEvents(reports(3, short), reports(3, long), ctx)).toBeNull();
  });

  it("never tells from fewer than three reports a side", () => {
    const okafor = person("person-tomas-okafor", "Tomas Okafor");
    const varga = person("person-emil-varga", "Emil Varga");
    expect(distinctEvents(reports(2, okafor), reports(2, varga), ctx)).toBeNull();
    expect(distinctEvents(reports(5, okafor), reports(2, varga), ctx)).toBeNull();
  });

  it("never sets a person against a place or a count of another thing", () => {
    const okafor = person("person-tomas-okafor", "Tomas Okafor");
    expect(distinctEvents(reports(3, okafor), reports(3, farTown), ctx)).toBeNull();
    expect(
      distinctEvents(reports(3, count("pirate", 17)), reports(3, count("boat", 3)), ctx),
    ).toBeNull();
  });
});

describe("distinctEvents on the days leads date their news to", () => {
  const day = (n: number): LeadParty => ({
    key: `weekday:${n}`,
    kind: "weekday",
    words: [],
    day: n,
  });
  const monday = day(1);
  const thursday = day(4);
  const friday = day(5);
  const saturday = day(6);

  it("tells apart two heists that most reports date to a Monday and to a Thursday", () => {
    expect(distinctEvents(reports(4, monday), reports(3, thursday), ctx)).toMatch(/weekday/);
  });

  it("tells apart a Monday heist from a group of which only a few reports name another day", () => {
    // Most reports of the second group name no day; two name days that cannot be a Monday.
    const b = [[thursday], [friday], [], [], [], [], []];
    expect(distinctEvents(reports(5, monday), b, ctx)).not.toBeNull();
  });

  it("keeps one overnight fire told as Friday night by some and early Saturday by others", () => {
    expect(distinctEvents(reports(4, friday), reports(3, saturday), ctx)).toBeNull();
  });

  it("keeps one event whose follow-ups name a later day besides the day it happened", () => {
    const b = [[monday, thursday], [monday, thursday], [thursday, monday], [monday]];
    expect(distinctEvents(reports(4, monday), b, ctx)).toBeNull();
  });

  it("never tells from one report a side naming another day", () => {
    expect(distinctEvents(reports(5, monday), [[thursday], [], [], [], [], []], ctx)).toBeNull();
  });
});

describe("distinctEvents on the months openings date their news to", () => {
  const month = (n: number): LeadParty => ({ key: `month:${n}`, kind: "month", words: [], day: n });

  it("tells apart two phone launches that most reports date to February and to April", () => {
    expect(distinctEvents(reports(4, month(2)), reports(3, month(4)), ctx)).toMatch(/month/);
  });

  it("keeps one event told in late December by some reports and early January by others", () => {
    expect(distinctEvents(reports(4, month(12)), reports(3, month(1)), ctx)).toBeNull();
  });

  it("never sets a month against a weekday", () => {
    const tuesday: LeadParty = { key: "weekday:2", kind: "weekday", words: [], day: 2 };
    expect(distinctEvents(reports(4, month(2)), reports(4, tuesday), ctx)).toBeNull();
  });
});

describe("leadParties", () => {
  const text = "Rebels freed 12 hostages in Kelvar. About 40 guards fled. Five people died in Osk.";
  const article = {
    id: "a",
    text,
    sentences: [
      { start: 0, end: 35, paragraph: 0 },
      { start: 36, end: 57, paragraph: 0 },
      { start: 58, end: text.length, paragraph: 0 },
    ],
  } as Article;
  const name = (
    sentence: number,
    type: NameMention["type"],
    name: string,
    extra: Partial<NameMention>,
  ): NameMention => ({ start: 0, end: 0, text: name, name, sentence, type, ...extra });
  const figure = (sentence: number, value: number, noun: string, qualifier: string | null) =>
    ({ sentence, value, noun, qualifier, kind: "count", type: "figure" }) as FigureMention;
  const facts: ArticleFacts = {
    source: "a",
    names: [
      name(0, "place", "Kelvar", { entity: "place-kelvar", placeId: "city:9", placeKind: "city" }),
      name(0, "place", "Norland", { entity: "place-norland", placeKind: "country" }),
      name(2, "place", "Osk", { entity: "place-osk", placeId: "city:8", placeKind: "city" }),
    ],
    dates: [],
    figures: [figure(0, 12, "hostage", null), figure(1, 40, "guard", "about")],
    quotes: [],
  };

  it("takes the lead's towns and exact counts, not countries, hedged counts or later sentences", () => {
    const keys = leadParties(article, facts, new Set([0, 1])).map((p) => p.key);
    expect(keys).toEqual(["city:9", "hostage:12"]);
  });

  it("takes the day of the week the lead dates its news to, not a day still to come", () => {
    const dated = {
      ...facts,
      figures: [],
      names: [],
      dates: [
        { sentence: 0, expression: { kind: "weekday", weekday: 1 } },
        { sentence: 1, expression: { kind: "weekday", weekday: 5, modifier: "next" } },
        { sentence: 2, expression: { kind: "weekday", weekday: 3 } },
      ],
    } as unknown as ArticleFacts;
    expect(leadParties(article, dated, new Set([0, 1])).map((p) => p.key)).toEqual(["weekday:1"]);
  });

  it("takes the month the opening dates its news to, date line included, not last or next month's", () => {
    const dated = {
      ...facts,
      figures: [],
      names: [],
      dates: [
        { sentence: 0, expression: { kind: "absolute", year: 2031, month: 4, day: 24 } },
        { sentence: 1, expression: { kind: "partial", month: 3, modifier: "last" } },
        { sentence: 2, expression: { kind: "partial", month: 6 } },
      ],
    } as unknown as ArticleFacts;
    // Sentence 0 is a date line the lead passes over; the opening still counts it.
    const keys = leadParties(article, dated, new Set([1]), new Set([0, 1])).map((p) => p.key);
    expect(keys).toEqual(["month:4"]);
  });

  it("leaves out casualty counts, which grow as reports come in", () => {
    const toll = { ...facts, figures: [figure(2, 5, "person", null)] };
    expect(leadParties(article, toll, new Set([2])).map((p) => p.key)).toEqual(["city:8"]);
  });
});
