import { describe, expect, it } from "vitest";
import { CLEAR_LINE, progressLine, showsProgress, stageProgress } from "./progress.ts";

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (t: string) => written.push(t) };
}

describe("progressLine", () => {
  it("draws nothing into a log file or in CI", () => {
    const file = terminal(false);
    progressLine("extract", file, {}).tick(1, 2);
    const ci = terminal(true);
    progressLine("extract", ci, { CI: "true" }).tick(1, 2);
    expect(file.written).toEqual([]);
    expect(ci.written).toEqual([]);
    expect(showsProgress(terminal(true), { CI: "false" })).toBe(true);
  });

  it("redraws one line in place when the percentage moves, and erases it at the end", () => {
    const tty = terminal(true);
    const p = progressLine("extract", tty, {});
    for (let i = 1; i <= 1000; i++) p.tick(i, 1000);
    p.clear();
    // 1,000 articles, at most one redraw per whole percent: the terminal is not flooded.
    expect(tty.written.length).toBeLessThanOrEqual(102);
    expect(tty.written.every((w) => w.startsWith(CLEAR_LINE))).toBe(true);
    expect(tty.written.some((w) => w.includes("\n"))).toBe(false);
    expect(tty.written.at(-2)).toBe(`${CLEAR_LINE}extract  1000/1000 (100%)`);
    expect(tty.written.at(-1)).toBe(CLEAR_LINE);
  });

  it("stageProgress keeps one line per stage and erases the current one", () => {
    const tty = terminal(true);
    const stages = stageProgress(tty, {});
    stages.progress("extract", 1, 2);
    stages.clear();
    expect(tty.written).toEqual([`${CLEAR_LINE}extract  1/2 (50%)`, CLEAR_LINE]);
  });
});
