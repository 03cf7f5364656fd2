import { describe, expect, it } from "vitest";
import { predicateBefore, qualifierBefore } from "./figure-qualifiers.ts";
import { tokenize } from "./number-tokens.ts";

/** The qualifier before the first number in `text`, normalized, with its text. */
function qualifier(text: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num");
  const q = qualifierBefore(tokens, i, 0);
  return q
    ? { value: q.value, text: text.slice(tokens[q.first]?.start, tokens[i - 1]?.end) }
    : null;
}

function predicate(text: string) {
  const tokens = tokenize(text);
  const p = predicateBefore(
    tokens,
    tokens.findIndex((t) => t.kind === "num"),
    0,
  );
  return p ? p.value : null;
}

describe("qualifierBefore", () => {
  it("normalizes approximations to 'about'", () => {
    for (const q of ["around", "about", "approximately", "roughly", "some", "an estimated"]) {
      expect(qualifier(`${q} 2,500 troops`)?.value, q).toBe("about");
    }
  });

  it("normalizes lower and upper bounds", () => {
    expect(qualifier("over 12,000")?.value).toBe("over");
    expect(qualifier("more than 12,000")?.value).toBe("over");
    expect(qualifier("in excess of 12,000")?.value).toBe("over");
    expect(qualifier("fewer than 50")?.value).toBe("under");
    expect(qualifier("nearly 3,000")?.value).toBe("nearly");
    expect(qualifier("close to 3,000")?.value).toBe("nearly");
    expect(qualifier("at least 100")?.value).toBe("at least");
    expect(qualifier("as many as 2,000")?.value).toBe("up to");
    expect(qualifier("exactly 7")?.value).toBe("exactly");
  });

  it("prefers the longest phrase", () => {
    expect(qualifier("no more than 50")).toEqual({ value: "at most", text: "no more than" });
    expect(qualifier("no fewer than 50")?.value).toBe("at least");
  });

  it("is case-insensitive and covers the phrase's text", () => {
    expect(qualifier("More than 1.5 million")).toEqual({ value: "over", text: "More than" });
  });

  it("finds nothing when a verb or noun precedes the number", () => {
    expect(qualifier("recruit 25,000")).toBeNull();
    expect(qualifier("the 300 soldiers")).toBeNull();
  });

  it("does not read a qualifier on the previous line", () => {
    expect(qualifier("over\n12,000")).toBeNull();
  });
});

describe("predicateBefore", () => {
  it("reads verbs that bound the number", () => {
    expect(predicate("casualties surpass 600,000")).toEqual({ qualifier: "over", role: "verb" });
    expect(predicate("losses exceeded 600,000")?.qualifier).toBe("over");
    expect(predicate("the toll is approaching 600")?.qualifier).toBe("nearly");
    expect(predicate("losses are estimated at 5,000")?.qualifier).toBe("about");
  });

  it("reads verbs that only state the number", () => {
    expect(predicate("the toll rose to 45")).toEqual({ qualifier: null, role: "verb" });
    expect(predicate("the toll was 45")).toEqual({ qualifier: null, role: "verb" });
  });

  it("reads 'of' as a link to a preceding noun", () => {
    expect(predicate("a death toll of 45")).toEqual({ qualifier: null, role: "of" });
  });

  it("finds nothing after other words", () => {
    expect(predicate("he said 45")).toBeNull();
  });
});
