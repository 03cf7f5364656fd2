import { describe, expect, it } from "vitest";
import { type Agreement, overall } from "./agreement.ts";

const byTable =
  (table: Record<string, Agreement>) =>
  (a: string, b: string): Agreement =>
    table[`${a}${b}`] ?? table[`${b}${a}`] ?? "agree";

describe("overall", () => {
  it("agrees when every pair agrees", () => {
    expect(overall(["a", "b", "c"], () => "agree")).toBe("agree");
  });

  it("is compatible when some pair is and none differs", () => {
    expect(overall(["a", "b", "c"], byTable({ ac: "compatible" }))).toBe("compatible");
  });

  it("differs when any pair differs, whatever the others say", () => {
    expect(overall(["a", "b", "c"], byTable({ ab: "compatible", bc: "differ" }))).toBe("differ");
  });

  it("treats a single value as agreeing with itself", () => {
    expect(overall(["a"], () => "differ")).toBe("agree");
  });
});
