import { describe, expect, it } from "vitest";
import { looksLikePhone, namesSomething, numberChain } from "./figure-codes.ts";
import { parseDigits } from "./number-parse.ts";
import { tokenize } from "./number-tokens.ts";

/** Does the first number in `text` name something? `bare`: no qualifier or currency before. */
function names(text: string, bare = true): boolean {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num");
  const expr = parseDigits(tokens, i, false);
  if (!expr) throw new Error(`no number in ${text}`);
  return namesSomething(tokens, expr, bare);
}

function chain(text: string) {
  const tokens = tokenize(text);
  const c = numberChain(
    tokens,
    tokens.findIndex((t) => t.kind === "num"),
  );
  return { count: c.count, via: c.via };
}

describe("namesSomething", () => {
  it("recognizes codes written onto letters", () => {
    for (const t of ["the F-16 jets", "COVID-19 cases", "G7 leaders", "flight MH17", "Su-35s"]) {
      expect(names(t), t).toBe(true);
    }
  });

  it("recognizes ordinals, decades and other letter suffixes, but not units", () => {
    expect(names("the 23rd brigade")).toBe(true);
    expect(names("the 1990s")).toBe(true);
    expect(names("5G networks")).toBe(true);
    expect(names("ran 10km")).toBe(false);
  });

  it("recognizes hyphenated modifiers", () => {
    expect(names("a 45-year-old man")).toBe(true);
    expect(names("a 3,000-strong force")).toBe(true);
  });

  it("recognizes labels and model numbers after a name", () => {
    expect(names("see page 5")).toBe(true);
    expect(names("No. 10 said")).toBe(true);
    expect(names("a Boeing 747 landed")).toBe(true);
    expect(names("Apollo 11")).toBe(true);
  });

  it("recognizes a house number before its street", () => {
    for (const t of [
      "the warehouse at 412 W. Larkspur Ave. burned",
      "lives at 18 Quarry Lane",
      "offices at 900 North Bellwether Boulevard",
    ]) {
      expect(names(t), t).toBe(true);
    }
    // Counts before capitalized names that are no street stay counts.
    expect(names("sent 412 Marines to the coast")).toBe(false);
    expect(names("welcomed 300 Red Cross volunteers")).toBe(false);
  });

  it("recognizes a radio station's frequency", () => {
    expect(names("the team's flagship station, AM 830, reported")).toBe(true);
    expect(names("on FM 101 this morning")).toBe(true);
    expect(names("I am 30 minutes away")).toBe(false);
  });

  it("lets a qualified number after a name count", () => {
    expect(names("Apollo 11", false)).toBe(false);
  });

  it("does not take a sentence-final label word for 'No.'", () => {
    expect(names("near the building. 500 people")).toBe(false);
  });

  it("recognizes list markers at the start of a line", () => {
    expect(names("Intro\n1. First point")).toBe(true);
    expect(names("Intro\n1,000 troops")).toBe(false);
  });

  it("leaves ordinary counts alone", () => {
    for (const t of [
      "around 2,500 troops",
      "The 300 soldiers",
      "Russia's 2,500 troops",
      "About 300",
    ]) {
      expect(names(t), t).toBe(false);
    }
  });
});

describe("numberChain", () => {
  it("links phone numbers and ISO dates", () => {
    expect(chain("call +1 202 555 0100").count).toBe(4);
    expect(chain("(555) 123-4567").count).toBe(3);
    expect(chain("on 2024-10-23").count).toBe(3);
  });

  it("links clock times, fractions and hyphenated pairs", () => {
    expect(chain("at 10:30")).toEqual({ count: 2, via: ":" });
    expect(chain("24/7")).toEqual({ count: 2, via: "/" });
    expect(chain("10-20 soldiers")).toEqual({ count: 2, via: "-" });
  });

  it("does not link numbers with thousands separators or words between", () => {
    expect(chain("2,500 3,000").count).toBe(1);
    expect(chain("5 to 7").count).toBe(1);
    expect(chain("in 2022 (300 troops)").count).toBe(2);
  });
});

describe("looksLikePhone", () => {
  it("matches the 3-4 digit shape only", () => {
    expect(looksLikePhone("555", "1234")).toBe(true);
    expect(looksLikePhone("10", "20")).toBe(false);
  });
});
