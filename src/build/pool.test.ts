import { describe, expect, it } from "vitest";
import { mapPool } from "./pool.ts";

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe("mapPool", () => {
  it("returns results in the items' order though they finish out of order", async () => {
    const items = [30, 1, 20, 2, 10];
    const out = await mapPool(items, 3, async (ms, i) => {
      await wait(ms);
      return `${i}:${ms}`;
    });
    expect(out).toEqual(["0:30", "1:1", "2:20", "3:2", "4:10"]);
  });

  it("never has more than `limit` in flight", async () => {
    let running = 0;
    let most = 0;
    await mapPool(
      Array.from({ length: 12 }, (_, i) => i),
      2,
      async () => {
        running++;
        most = Math.max(most, running);
        await wait(2);
        running--;
      },
    );
    expect(most).toBe(2);
  });

  it("handles no items and a limit below one", async () => {
    expect(await mapPool([], 4, async (x) => x)).toEqual([]);
    expect(await mapPool([1, 2], 0, async (x) => x * 2)).toEqual([2, 4]);
  });
});
