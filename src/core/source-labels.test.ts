import { describe, expect, it } from "vitest";
import { sourceLabels } from "./source-labels.ts";

describe("sourceLabels", () => {
  it("uses the outlet, or a letter in story order when the outlet is unknown", () => {
    const labels = sourceLabels([
      { id: "a", outlet: "Harbor Daily" },
      { id: "b", outlet: null },
      { id: "c", outlet: null },
    ]);
    expect([...labels.values()]).toEqual(["Harbor Daily", "Source B", "Source C"]);
  });

  it("numbers sources from the same outlet", () => {
    const labels = sourceLabels([
      { id: "a", outlet: "Wire" },
      { id: "b", outlet: "Wire" },
      { id: "c", outlet: "Other" },
    ]);
    expect([...labels.values()]).toEqual(["Wire (1)", "Wire (2)", "Other"]);
  });

  it("keeps going past Z", () => {
    const many = Array.from({ length: 28 }, (_, i) => ({ id: `s${i}`, outlet: null }));
    expect([...sourceLabels(many).values()].slice(25)).toEqual([
      "Source Z",
      "Source AA",
      "Source AB",
    ]);
  });
});
