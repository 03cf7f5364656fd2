import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../core/model.ts";
import { isolated, logLine } from "./isolate.ts";

describe("isolated", () => {
  it("returns the work's result, or the fallback and a warning when it throws", () => {
    const problems: Diagnostic[] = [];
    const fail = (e: unknown): Diagnostic => ({
      level: "warning",
      story: "s",
      message: String(e),
      outcome: "skipped",
    });
    expect(isolated(() => 1, 0, fail, problems)).toBe(1);
    expect(
      isolated(
        () => {
          throw new Error("boom");
        },
        0,
        fail,
        problems,
      ),
    ).toBe(0);
    expect(problems).toEqual([
      { level: "warning", story: "s", message: "Error: boom", outcome: "skipped" },
    ]);
  });
});

describe("logLine", () => {
  it("names the file and line, the story or the chart", () => {
    const d = { level: "warning", message: "m", outcome: "skipped" } as const;
    expect(logLine({ ...d, file: "a.md", line: 3 }, "seeds")).toBe("warning seeds/a.md:3: m");
    expect(logLine({ ...d, story: "vote" })).toBe("warning story vote: m");
    expect(logLine({ ...d, chart: "vote-coverage" })).toBe("warning chart vote-coverage: m");
  });
});
