import { describe, expect, it } from "vitest";
import { claimLabels } from "./claim-labels.ts";

const claim = (
  id: string,
  kind: "quote" | "figure" | "statement",
  topic: string,
  value: string,
) => ({
  id,
  kind,
  topic,
  values: [{ value }],
});

describe("claimLabels", () => {
  it("keeps a topic no other claim shares", () => {
    const labels = claimLabels([claim("a", "figure", "boats lost", "12")]);
    expect(labels.get("a")).toBe("boats lost");
  });

  it("tells claims with one topic apart by the first words of their quote", () => {
    const labels = claimLabels([
      claim(
        "a",
        "quote",
        "Ann Example's quote",
        "We will rebuild the harbour before the winter storms come",
      ),
      claim("b", "quote", "Ann Example's quote", "Nobody was hurt"),
      claim("c", "figure", "boats lost", "12"),
    ]);
    expect(labels.get("a")).toBe("Ann Example's quote: “We will rebuild the harbour before…”");
    expect(labels.get("b")).toBe("Ann Example's quote: “Nobody was hurt”");
    expect(labels.get("c")).toBe("boats lost");
  });

  it("adds the value for other kinds, and numbers labels that still match", () => {
    const labels = claimLabels([
      claim("a", "figure", "boats lost", "12"),
      claim("b", "figure", "boats lost", "about 15"),
      claim("c", "statement", "Valley", "Same words"),
      claim("d", "statement", "Valley", "Same words"),
    ]);
    expect([...labels.values()]).toEqual([
      "boats lost: 12",
      "boats lost: about 15",
      "Valley: “Same words” (1)",
      "Valley: “Same words” (2)",
    ]);
  });
});
