import { describe, expect, it } from "vitest";
import { MAX_ID, sourceId } from "./source-id.ts";

const ids = (...paths: string[]) => {
  const used = new Set<string>();
  return paths.map((p) => sourceId(p, used));
};

describe("sourceId", () => {
  it("is the file name as a lowercase slug", () => {
    expect(ids("storm.txt", "Émile's report.md", "2024/Flood Update.html")).toEqual([
      "storm",
      "emile-s-report",
      "2024-flood-update",
    ]);
  });

  it("gives two names that differ only in case two ids, each stable", () => {
    const [a, b] = ids("Report.txt", "report.txt");
    expect(a).toBe("report");
    expect(b).toMatch(/^report-[0-9a-z]{7}$/);
    expect(ids("x.txt", "report.txt")[1]).toBe("report");
    expect(ids("Report.txt", "report.txt")[1]).toBe(b);
  });

  it("caps a long nested name with a hash, so no two long names collide", () => {
    const long = `${"deep/".repeat(60)}story.txt`;
    const [a, b] = ids(long, long.replace("story", "other"));
    expect(a?.length).toBeLessThanOrEqual(MAX_ID);
    expect(b?.length).toBeLessThanOrEqual(MAX_ID);
    expect(a).not.toBe(b);
  });

  it("never takes one of the site's route names, or an empty one", () => {
    const [index, search, empty] = ids("index.md", "search.txt", "!!!.txt");
    expect(index).toMatch(/^index-[0-9a-z]{7}$/);
    expect(search).toMatch(/^search-[0-9a-z]{7}$/);
    expect(empty).toBe("article");
  });

  it("keeps ids unique however names collide", () => {
    const list = ids("a.txt", "A.txt", "a.md", "a.html", "a!.txt");
    expect(new Set(list).size).toBe(list.length);
  });
});
