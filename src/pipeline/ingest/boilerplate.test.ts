import { describe, expect, it } from "vitest";
import { stripBoilerplate } from "./boilerplate.ts";

describe("stripBoilerplate", () => {
  it("removes navigation glued to the first paragraph", () => {
    const r = stripBoilerplate(["Previous Post Next PostIn an interview, the mayor spoke."]);
    expect(r.lines).toEqual(["In an interview, the mayor spoke."]);
    expect(r.removed).toBe(1);
  });

  it("removes share, subscribe and photo credit lines", () => {
    const r = stripBoilerplate([
      "Share this article",
      "The council voted on Monday.",
      "Subscribe to our newsletter",
      "Photo: Jane Doe/Agency",
      "Advertisement",
    ]);
    expect(r.lines).toEqual(["The council voted on Monday."]);
  });

  it("moves a byline to its own field", () => {
    const r = stripBoilerplate(["By Jane Doe and John Roe", "The council voted."]);
    expect(r.byline).toBe("Jane Doe and John Roe");
    expect(r.lines).toEqual(["The council voted."]);
  });

  it("keeps prose that merely starts with a boilerplate word", () => {
    const line =
      "Share prices fell sharply on Monday after the central bank raised rates for the third time this year, surprising analysts.";
    expect(stripBoilerplate([line]).lines).toEqual([line]);
    expect(stripBoilerplate(["By the end of the week, the talks had failed."]).byline).toBeNull();
  });
});
