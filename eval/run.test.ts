import { describe, expect, it } from "vitest";
import { parseArgs } from "./run.ts";

describe("parseArgs", () => {
  it("reads the folder, topics, --json, the report file and the claims sheet", () => {
    const args = parseArgs([
      "--ecbplus",
      "/data/ecb",
      "--topics",
      "1,3",
      "--json",
      "--report",
      "/tmp/r.md",
      "--claims",
      "/tmp/c.md",
      "--per",
      "12",
      "--seed",
      "7",
    ]);
    expect(args).toEqual({
      dir: "/data/ecb",
      topics: new Set([1, 3]),
      json: true,
      report: "/tmp/r.md",
      claims: "/tmp/c.md",
      per: 12,
      seed: 7,
    });
  });

  it("defaults to the shared dataset beside the project and all topics", () => {
    const args = parseArgs([]);
    expect(typeof args === "object" && args.dir.endsWith("/shared/datasets/ecbplus")).toBe(true);
    expect(typeof args === "object" && args.topics).toBeUndefined();
  });

  it("refuses bad topics and unknown arguments with the usage", () => {
    expect(parseArgs(["--topics", "1,x"])).toMatch(/--topics needs topic numbers/);
    expect(parseArgs(["--fast"])).toMatch(/unknown argument --fast[\s\S]*Usage/);
    expect(parseArgs(["--per", "0"])).toMatch(/--per needs a count/);
  });
});
