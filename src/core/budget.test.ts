import { describe, expect, it } from "vitest";
import { overBudgetText, timed } from "./budget.ts";

/** A clock that moves only when told: `advance` is what the timed work does to it. */
function fakeClock() {
  let now = 0;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

describe("timed", () => {
  it("says how long a step took only when it went over the budget", () => {
    const { clock, advance } = fakeClock();
    const budget = { ms: 1_000, clock };
    expect(timed(() => advance(999) && "fast", budget)).toEqual({ result: "fast", over: null });
    expect(timed(() => advance(1_500) && "slow", budget)).toEqual({ result: "slow", over: 1_500 });
  });

  it("never times anything without a budget, or with 0", () => {
    const { clock, advance } = fakeClock();
    expect(timed(() => advance(1e9), { ms: 0, clock }).over).toBeNull();
    expect(timed(() => advance(1e9), undefined).over).toBeNull();
  });
});

describe("overBudgetText", () => {
  it("says the time taken and the budget in seconds", () => {
    expect(overBudgetText(75_250, { ms: 60_000, clock: () => 0 })).toBe(
      "took 75.3 s, over the budget of 60 s per article",
    );
  });
});
