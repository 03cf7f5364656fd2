import { describe, expect, it } from "vitest";
import { readCorrections } from "./read.ts";

describe("readCorrections", () => {
  it("reads the publish mode and every kind of correction, each with its line", () => {
    const r = readCorrections(
      "corrections.yml",
      [
        "publish: reviewed",
        "corrections:",
        "  - merge: [person-ann-lee, person-anne-lee]",
        "    name: Ann Lee",
        "  - split: person-ann-lee",
        "    names: [A. Lee]",
        "  - entity: organization-port-authority",
        "    type: place",
        "  - quote: quote-0000001",
        "    speaker: null",
        "  - claim: figure-0000001",
        "    status: agree",
        "    note: Both counts are estimates.",
        "  - event: event-0000001",
        "    suppress: true",
        "  - story: a_harbour",
        "    title: The bridge closes",
        "  - article: b_harbour",
        "    outlet: Valley Post",
        "    published: 2031-05-07",
        "    story: new",
      ].join("\n"),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.publish).toBe("reviewed");
    expect(r.corrections.map((c) => [c.kind, c.line])).toEqual([
      ["merge", 3],
      ["split", 5],
      ["entity", 7],
      ["quote", 9],
      ["claim", 11],
      ["event", 14],
      ["story", 16],
      ["article", 18],
    ]);
    expect(r.corrections[7]?.correction).toEqual({
      article: "b_harbour",
      outlet: "Valley Post",
      published: "2031-05-07",
      story: "new",
    });
  });

  it("names the line of a bad field, leaves that entry out and keeps the others", () => {
    const r = readCorrections(
      "corrections.yml",
      [
        "corrections:",
        "  - claim: figure-0000001",
        "    status: maybe",
        "  - article: b_harbour",
        "    published: 7 May",
        "  - claim: figure-0000002",
        "    colour: red",
        "  - title: no target",
        "  - claim: figure-0000003",
        "    suppress: true",
      ].join("\n"),
    );
    expect(r.corrections.map((c) => c.line)).toEqual([9]);
    expect(r.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        3,
        expect.stringMatching(/^claim correction: "status" .*agree.*; this correction is ignored$/),
      ],
      [
        5,
        'article correction: "published" must be a date written YYYY-MM-DD; this correction is ignored',
      ],
      [
        7,
        'claim correction: unknown field "colour" for a claim correction; this correction is ignored',
      ],
      [8, expect.stringContaining("must name its target with one of")],
    ]);
    expect(r.diagnostics.every((d) => d.file === "corrections.yml" && d.level === "warning")).toBe(
      true,
    );
  });

  it("asks for something to do, and for a real date", () => {
    const r = readCorrections(
      "corrections.yml",
      "corrections:\n  - claim: figure-0000001\n  - article: a\n    published: 2031-02-30\n",
    );
    expect(r.corrections).toEqual([]);
    expect(r.diagnostics.map((d) => d.line)).toEqual([2, 4]);
    expect(r.diagnostics[0]?.message).toContain("must suppress it, set its status");
  });

  it("warns about broken YAML and an unknown publish mode, and applies nothing", () => {
    const broken = readCorrections("corrections.yml", "corrections:\n  - claim: [\n");
    expect(broken.corrections).toEqual([]);
    expect(broken.diagnostics[0]?.message).toMatch(/^not valid YAML/);
    const mode = readCorrections("corrections.yml", "publish: some\n");
    expect(mode.publish).toBe("all");
    expect(mode.diagnostics[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("publish"),
    });
  });
});
