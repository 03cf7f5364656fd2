import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../core/model.ts";
import { warningSummary } from "./warning-summary.ts";

const d = (outcome: Diagnostic["outcome"]): Diagnostic => ({
  level: "warning",
  file: "a.txt",
  message: "invented",
  outcome,
});

describe("warningSummary", () => {
  it("says nothing when nothing went wrong", () => {
    expect(warningSummary([], "diagnostics.json")).toBeNull();
  });

  it("counts the warnings by what was done, and says where they are listed", () => {
    expect(warningSummary([d("skipped"), d("cleaned"), d("skipped")], "x/diagnostics.json")).toBe(
      "3 warnings (2 skipped, 1 cleaned), each listed above and in x/diagnostics.json",
    );
    expect(warningSummary([d("fallback")], "f")).toBe(
      "1 warning (1 done another way), each listed above and in f",
    );
  });
});
