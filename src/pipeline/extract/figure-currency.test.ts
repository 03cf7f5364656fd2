import { describe, expect, it } from "vitest";
import { currencyAfter, currencyBefore } from "./figure-currency.ts";
import { tokenize } from "./number-tokens.ts";

function symbolBefore(text: string) {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === "num");
  const c = currencyBefore(tokens, i, 0);
  return c ? { code: c.code, text: text.slice(tokens[c.first]?.start, tokens[c.last]?.end) } : null;
}

function nameAfter(text: string, scaled = false) {
  const tokens = tokenize(text);
  const c = currencyAfter(tokens, 0, scaled);
  return c ? { code: c.code, text: text.slice(tokens[c.first]?.start, tokens[c.last]?.end) } : null;
}

describe("currencyBefore", () => {
  it("reads currency symbols", () => {
    expect(symbolBefore("$5 million")).toEqual({ code: "USD", text: "$" });
    expect(symbolBefore("€3bn")?.code).toBe("EUR");
    expect(symbolBefore("£40")?.code).toBe("GBP");
    expect(symbolBefore("¥100")?.code).toBe("JPY");
  });

  it("reads letters that say whose dollar", () => {
    expect(symbolBefore("US$4.5m")).toEqual({ code: "USD", text: "US$" });
    expect(symbolBefore("A$10")?.code).toBe("AUD");
    expect(symbolBefore("HK$3")?.code).toBe("HKD");
  });

  it("does not take an article before a spaced $ as a prefix", () => {
    expect(symbolBefore("a $5 million deal")).toEqual({ code: "USD", text: "$" });
  });

  it("reads ISO codes in capitals", () => {
    expect(symbolBefore("USD 5 million")).toEqual({ code: "USD", text: "USD" });
    expect(symbolBefore("usd 5")).toBeNull();
  });

  it("finds nothing before a plain number", () => {
    expect(symbolBefore("over 5")).toBeNull();
  });
});

describe("currencyAfter", () => {
  it("reads currency names, with or without a nationality", () => {
    expect(nameAfter("dollars")?.code).toBe("USD");
    expect(nameAfter("U.S. dollars in aid")).toEqual({ code: "USD", text: "U.S. dollars" });
    expect(nameAfter("Canadian dollars")?.code).toBe("CAD");
    expect(nameAfter("euros")?.code).toBe("EUR");
    expect(nameAfter("EUR")?.code).toBe("EUR");
  });

  it("reads pounds and won as money only after a scale", () => {
    expect(nameAfter("pounds of rice")).toBeNull();
    expect(nameAfter("pounds", true)?.code).toBe("GBP");
    expect(nameAfter("won")).toBeNull();
    expect(nameAfter("won", true)?.code).toBe("KRW");
  });
});
