import { describe, expect, it } from "vitest";
import { nameCore, named, properWords, trimMention } from "./named.ts";

const words = (s: string) => s.split(" ");
const text = (s: string, span: { from: number; to: number } | null) =>
  span ? words(s).slice(span.from, span.to).join(" ") : null;
const proper = properWords([
  words("Yesterday the police said Quill and the Vell Foundation met in the Bay of Vell ."),
  words("then police and a jury came to the Bay of Vell ."),
]);

describe("named", () => {
  it("trims leading function words and trailing punctuation and possessives", () => {
    expect(text("in the Bay of Vell ,", trimMention(words("in the Bay of Vell ,")))).toBe(
      "Bay of Vell",
    );
    expect(trimMention(words("Quill's"))?.cut).toBe(2);
    expect(trimMention(words("on ,"))).toBeNull();
  });

  it("takes the capitalized run ending at the head as the core", () => {
    expect(text("to inventor Mara Quill", nameCore(words("to inventor Mara Quill")))).toBe(
      "Mara Quill",
    );
    expect(text("the Bay of Vell", nameCore(words("the Bay of Vell")))).toBe("Bay of Vell");
    expect(text("Dov Petrakis , the winner", nameCore(words("Dov Petrakis , the winner")))).toBe(
      "Dov Petrakis",
    );
    // A common-noun head: a name inside only modifies it.
    expect(nameCore(words("A Lisbon jury"))).toBeNull();
    expect(nameCore(words("he"))).toBeNull();
  });

  it("counts a core as a name only when the corpus writes one of its words as a name", () => {
    expect(text("Quill", named(words("Quill"), proper))).toBe("Quill");
    expect(named(words("Police"), proper)).toBeNull();
    expect(named(words("POLICE"), proper)).toBeNull();
    expect(text("the Bay of Vell", named(words("the Bay of Vell"), proper))).toBe("Bay of Vell");
  });
});
