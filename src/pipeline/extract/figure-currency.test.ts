import { describe, expect, it } from "vitest";
import { currencyAfter, currencyBefore } from "./figure-currency.ts";
import { tokenize } from "./number-tokens.ts";

function before(text: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num");
  const c = currencyBefore(tokens, i, 0);
  return c ? { code: c.code, text: text.slice(tokens[c.first]?.start, tokens[c.last]?.end) } : null;
}

function after(text: string, scaled = false) {
  const tokens = tokenize(text);
  const c = currencyAfter(tokens, 0, scaled);
  return c ? { code: c.code, text: text.slice(tokens[c.first]?.start, tokens[c.last]?.end) } : null;
}

describe("currencyBefore", () => {
  it("reads currency symbols", () => {
    expect(before("$5 million")).toEqual({ code: "USD", text: "$" });
    expect(before("€3bn")?.code).toBe("EUR");
    expect(before("£40")?.code).toBe("GBP");
    expect(before("¥100")?.code).toBe("JPY");
  });

  it("reads letters that say whose dollar", () => {
    expect(before("US$4.5m")).toEqual({ code: "USD", text: "US$" });
    expect(before("A$10")?.code).toBe("AUD");
    expect(before("HK$3")?.code).toBe("HKD");
  });

  it("does not take an article before a spaced $ as a prefix", () => {
    expect(before("a $5 million deal")).toEqual({ code: "USD", text: "$" });
  });

  it("reads ISO codes in capitals", () => {
    expect(before("USD 5 million")).toEqual({ code: "USD", text: "USD" });
    expect(before("usd 5")).toBeNull();
  });

  it("finds nothing before a plain number", () => {
    expect(before("over 5")).toBeNull();
  });
});

describe("currencyAfter", () => {
  it("reads currency names, with or without a nationality", () => {
    expect(after("dollars")?.code).toBe("USD");
    expect(after("U.S. dollars in aid")).toEqual({ code: "USD", text: "U.S. dollars" });
    expect(after("Canadian dollars")?.code).toBe("CAD");
    expect(after("euros")?.code).toBe("EUR");
    expect(after("EUR")?.code).toBe("EUR");
  });

  it("reads pounds and won as money only after a scale", () => {
    expect(after("pounds of rice")).toBeNull();
    expect(after("pounds", true)?.code).toBe("GBP");
    expect(after("won")).toBeNull();
    expect(after("won", true)?.code).toBe("KRW");
  });
});
