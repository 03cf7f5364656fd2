/**
 * Near misses from the error classes the eval and the hand audit found: two statements that
 * look like one claim but are not. Each must not be aligned (no differ, no compatible, no
 * agree between them). Invented reports, run through ingest, extraction, events and compare.
 */
import { describe, expect, it } from "vitest";
import { compared } from "../../../tests/support/compared.ts";
import type { Claim } from "../../core/model.ts";

const claimsOf = (...bodies: string[]) =>
  compared(
    Object.fromEntries(
      bodies.map((body, i) => [
        `s${i}.md`,
        `---\ntitle: Report ${i}\noutlet: Outlet ${i}\npublished: 2031-05-16\n---\n\n${body}\n`,
      ]),
    ),
  );

/** Claims that put a value of each source side by side. */
const aligned = (claims: Claim[], kind: Claim["kind"]) =>
  claims.filter((c) => c.kind === kind && c.values.length > 1);

describe("near misses the comparison must not align", () => {
  it("future vs past: a visit still planned is not the visit that happened", () => {
    const claims = claimsOf(
      "Foreign Minister Ruth Calder will visit Lisbon in September, her office said on Monday.",
      "Foreign Minister Ruth Calder visited Lisbon in January, her office said on Monday.",
    );
    expect(aligned(claims, "date").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("two tenures: one coach's months in the job are not another's", () => {
    const claims = claimsOf(
      "Coach Anton Ortega was dismissed on Tuesday after more than three months in charge of the club.",
      "The club's previous coach, Lena Brandt, lasted six months in charge before she resigned.",
    );
    expect(aligned(claims, "figure")).toEqual([]);
  });

  it("two speeches: one speaker's words on two days are two quotes, not two versions", () => {
    const claims = claimsOf(
      "On Monday, Premier Ansel Doyle said: “We will open the border to trade this spring and welcome every partner.”",
      "On Friday, Premier Ansel Doyle told parliament: “We will open the border to refugees and welcome every family.”",
    );
    expect(aligned(claims, "quote")).toEqual([]);
  });

  it("an excerpt of a quote is the same quote, not a different one", () => {
    const claims = claimsOf(
      "Premier Ansel Doyle said: “We will open the border to trade this spring and welcome every partner who comes in good faith.”",
      "Premier Ansel Doyle said: “We will open the border to trade this spring.”",
    );
    const quotes = aligned(claims, "quote");
    expect(quotes.map((c) => c.status)).toEqual(["agree"]);
    expect(quotes[0]?.values.find((v) => v.note === "quotes more")?.source).toBe(
      quotes[0]?.values[0]?.source,
    );
  });

  it("keeps two tolls of this quake as a difference, and an earlier quake's toll out of it", () => {
    const claims = claimsOf(
      "A strong earthquake struck the coast of Veland on Sunday, killing 12 people, officials said.",
      "The quake on Sunday killed 14 people. A quake in the same region in February killed 640 people.",
    );
    const killed = aligned(claims, "figure").filter((c) => c.status !== "agree");
    expect(killed.flatMap((c) => c.values.map((v) => v.value)).sort()).toEqual(["12", "14"]);
  });

  it("one person's career in two sources is not two dates for one event", () => {
    const claims = claimsOf(
      "Dr. Ines Marlow, the nominee, was elected to the board of the medical association in 2004.",
      "Dr. Ines Marlow, the nominee, founded a rural clinic in the valley in 1998.",
    );
    expect(aligned(claims, "date").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("two players' season totals are not two counts of one fact", () => {
    const claims = claimsOf(
      "The striker Tomas Ferreira has scored 11 goals this season for the club.",
      "His teammate Ivo Lanz has 4 goals in the league this season.",
    );
    expect(aligned(claims, "figure").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("two sources listing the same two prices are not two prices of one model", () => {
    const claims = claimsOf(
      "The 15-inch laptop is offered in $1899 and $2299 models with faster chips.",
      "The 13-inch model comes in $1,099 and $1,399 versions; the 15-inch model is offered in $1,899 and $2,299 versions.",
    );
    expect(aligned(claims, "figure").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("an earlier year's count is background, not another count of this event", () => {
    const claims = claimsOf(
      "Three power lines were cut near the harbour of Orlen on Friday morning, the ministry said.",
      "Earlier this year, five separate power lines were cut near the harbour of Orlen in a storm.",
    );
    expect(aligned(claims, "figure").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("two remarks of one speaker sharing a name or a count are two quotes", () => {
    const claims = claimsOf(
      "“Within one minute or two, the whole warehouse was ablaze,” fire chief Nils Arvid said.",
      "“The crews and the police arrived within a minute or two,” fire chief Nils Arvid said.",
      "“They want to gut the Clean Rivers Act and call it reform,” said Hana Moss of the Delta Trust.",
      "Hana Moss of the Delta Trust said the changes strike at the “heart of the Clean Rivers Act.”",
    );
    expect(aligned(claims, "quote").filter((c) => c.status !== "agree")).toEqual([]);
  });

  it("two statements with other numbers are not one statement", () => {
    const claims = claimsOf(
      "Police arrested the suspect Karl Dren five buildings away from the bakery on Elm Street.",
      "Police arrested the suspect Karl Dren three houses away from the bakery on Elm Street.",
    );
    expect(aligned(claims, "statement").filter((c) => c.status === "agree")).toEqual([]);
  });

  it("two steps of one criminal case are two happenings: charged is not convicted", () => {
    const charged =
      "Tomas Vell was charged with one count of attempted murder in connection with the warehouse shooting, prosecutors said.";
    const statements = (second: string) =>
      aligned(claimsOf(charged, second), "statement").filter((c) => c.status === "agree");
    expect(
      statements(
        "Tomas Vell was convicted of one count of attempted murder in connection with the warehouse shooting, prosecutors said.",
      ),
    ).toEqual([]);
    // The same step in other words is still one statement.
    expect(
      statements(
        "Tomas Vell was indicted on one count of attempted murder in connection with the warehouse shooting, prosecutors said.",
      ),
    ).toHaveLength(1);
  });
});
