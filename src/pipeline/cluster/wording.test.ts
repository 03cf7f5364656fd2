import { describe, expect, it } from "vitest";
import { INTENSIFIERS, LABEL, LOADED, REPORTING, TIME_PHRASE } from "./wording.ts";

const untimed = (s: string) => s.replace(TIME_PHRASE, "");

describe("TIME_PHRASE", () => {
  it("removes the day of writing from a headline", () => {
    expect(untimed("The Fed cut rates on Wednesday")).toBe("The Fed cut rates");
    expect(untimed("Austin speaks in Rome on Oct. 23, 2024")).toBe("Austin speaks in Rome");
    expect(untimed("Storm hits coast late Sunday night")).toBe("Storm hits coast");
    expect(untimed("Markets fall today")).toBe("Markets fall");
  });

  it("leaves words that only contain a month or a day name", () => {
    expect(untimed("Mayor backs Marching band")).toBe("Mayor backs Marching band");
    expect(untimed("Sundays in the park")).toBe("Sundays in the park");
  });
});

describe("LABEL", () => {
  it("matches the labels outlets put before a headline, not the headline's first word", () => {
    expect("BREAKING: Quake hits".replace(LABEL, "")).toBe("Quake hits");
    expect("Live - Storm updates".replace(LABEL, "")).toBe("Storm updates");
    expect("Liverpool win".replace(LABEL, "")).toBe("Liverpool win");
  });
});

describe("word lists", () => {
  it("are lowercase general words", () => {
    for (const set of [LOADED, INTENSIFIERS, REPORTING]) {
      for (const w of set) expect(w).toBe(w.toLowerCase());
    }
    expect(LOADED.has("slams")).toBe(true);
    expect(LOADED.has("earthquake")).toBe(false);
  });
});
