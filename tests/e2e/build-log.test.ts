import { describe, expect, inject, it } from "vitest";

const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, "");

describe("the build's log", () => {
  it("is a few lines per build, not one per page, with no warning from Vite", () => {
    const log = plain(inject("siteLog"));
    const lines = log.split("\n").filter((l) => l.trim() !== "");
    // Stage lines, Astro's own steps and one warning (no public address set): about 35.
    expect(lines.length).toBeLessThan(45);
    expect(log).not.toContain("\u251c\u2500");
    expect(log).not.toMatch(/\[WARN\] \[vite\]/);
    expect(log).not.toContain("MODULE_LEVEL_DIRECTIVE");
    // The pages are still counted, and the stages still report.
    expect(log).toMatch(/\d+ page\(s\) built/);
    expect(log).toMatch(/extract {2}\d+ names/);
  });
});
