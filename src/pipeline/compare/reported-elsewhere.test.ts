import { describe, expect, it } from "vitest";
import { compared as claimsOf } from "../../../tests/support/compared.ts";

const single = (claims: ReturnType<typeof claimsOf>) =>
  claims.filter((c) => c.status === "single-source").map((c) => `${c.kind}: ${c.values[0]?.text}`);

describe("what only one source says, when another tells the same happening", () => {
  const claims = claimsOf({
    "a.txt":
      "Quake Hits Kessel\n\nA strong earthquake struck the town of Kessel in Valdoria on Tuesday. The earthquake killed 14 people in Kessel, officials said. Engineers inspected 300 bridges across the province after the shaking stopped. “We have lost our homes, our school and all our hope for this winter,” said Mara Lind, a teacher.\n",
    "b.txt":
      "Earthquake Strikes Kessel\n\nAn earthquake struck Kessel in Valdoria on Tuesday. The earthquake killed several people in Kessel, the mayor said. “We have lost our homes, our school and all our hope for this winter,” one woman told reporters.\n",
  });
  const only = single(claims).join("\n");

  it("does not call a count only one source's when the other tells the same killing without it", () => {
    expect(only).not.toMatch(/14 people/);
  });

  it("keeps a count in a clause of its own as one source's", () => {
    expect(only).toMatch(/figure: 300 bridges/);
  });

  it("does not call a quote only one source's when the other quotes the same words", () => {
    expect(only).not.toMatch(/lost our homes/);
  });

  it("shows each sentence once in what only one source says", () => {
    const sentences = claims
      .filter((c) => c.status === "single-source")
      .map((c) => `${c.values[0]?.source}#${c.values[0]?.sentence}`);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
