import { describe, expect, it } from "vitest";
import { articleFrom } from "../../../tests/support/article.ts";
import type { DateMention } from "../../core/model.ts";
import { extractDates } from "../extract/dates.ts";
import { resolveDates } from "./resolve-dates.ts";

// Invented sentences: a month without a year is read by the tense of its clause.

function dated(text: string, published: string): DateMention[] {
  const a = articleFrom(text, { id: "a", file: "a.txt", published });
  const r = resolveDates([a], new Map([["a", extractDates(a)]]), { latest: "2030-12-31" });
  return r.dates.get("a") ?? [];
}

const value = (ms: DateMention[], text: string) => {
  const m = ms.find((x) => x.text === text);
  return m?.value ? [m.value.start, m.value.end] : null;
};

describe("years by tense", () => {
  it("reads a month in a past clause as the latest one not after publication", () => {
    const ms = dated("The mayor praised the aide whom he fired in February.", "2021-12-20");
    expect(value(ms, "February")).toEqual(["2021-02-01", "2021-02-28"]);
    expect(ms[0]?.value?.reason).toContain("as the sentence tells of the past");
  });

  it("reads a month in a future clause as the next one", () => {
    const ms = dated("The board will decide by June whether to sell.", "2021-12-20");
    expect(value(ms, "June")).toEqual(["2022-06-01", "2022-06-30"]);
    expect(ms[0]?.value?.reason).toContain("what is to come");
  });

  it("reads a weekday in a future clause as the one ahead", () => {
    const ms = dated("The council will vote on Thursday.", "2021-12-20");
    expect(value(ms, "Thursday")).toEqual(["2021-12-23", "2021-12-23"]);
  });

  it("reads “last week” on a Sunday as the week that ends that day", () => {
    const ms = dated("The talks collapsed last week.", "2021-12-19");
    expect(value(ms, "last week")).toEqual(["2021-12-13", "2021-12-19"]);
  });

  it("keeps a reason on every inferred value", () => {
    const ms = dated(
      "He was hired in March. The vote is set for May 4. It ended last week, on Tuesday.",
      "2021-12-20",
    );
    for (const m of ms) if (m.value?.inferred) expect(m.value.reason ?? "").not.toBe("");
  });
});
