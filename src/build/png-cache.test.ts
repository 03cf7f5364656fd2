import { describe, expect, it, vi } from "vitest";
import type { StepCache } from "../pipeline/effects.ts";
import { pngCache } from "./png-cache.ts";

function memoryStore(): StepCache {
  const rows = new Map<string, string | Uint8Array>();
  return {
    get: (step, input) => rows.get(`${step}\0${input}`),
    set: (step, input, value) => void rows.set(`${step}\0${input}`, value),
  };
}

const fakeRender = () =>
  vi.fn(async (svg: string, width: number) => new TextEncoder().encode(`${width}:${svg}`));

describe("pngCache", () => {
  it("renders a card once per build however many charts share it", async () => {
    const render = fakeRender();
    const cache = pngCache(null, render);
    const [a, b] = await Promise.all([cache.png("<svg/>", 760), cache.png("<svg/>", 760)]);
    expect(a).toBe(b);
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.counts()).toEqual({ total: 1, fromCache: 0 });
  });

  it("gives the same bytes for a card met again after a thousand others, counted once", async () => {
    const render = fakeRender();
    const cache = pngCache(null, render);
    const first = await cache.png("<svg>0</svg>", 760);
    for (let i = 1; i <= 1000; i++) await cache.png(`<svg>${i}</svg>`, 760);
    const again = await cache.png("<svg>0</svg>", 760);
    expect(again).toEqual(first);
    expect(cache.counts()).toEqual({ total: 1001, fromCache: 0 });
    // Recent cards are still shared: met again right away, none is rendered twice.
    const calls = render.mock.calls.length;
    await cache.png("<svg>1000</svg>", 760);
    expect(render.mock.calls.length).toBe(calls);
  });

  it("renders nothing in a later build when the SVG and width are unchanged", async () => {
    const store = memoryStore();
    const first = fakeRender();
    const cold = pngCache(store, first);
    const coldPng = await cold.png("<svg>a</svg>", 760);
    await cold.png("<svg>b</svg>", 760);
    const second = fakeRender();
    const warm = pngCache(store, second);
    expect(await warm.png("<svg>a</svg>", 760)).toEqual(coldPng);
    await warm.png("<svg>b</svg>", 760);
    expect(second).not.toHaveBeenCalled();
    expect(warm.counts()).toEqual({ total: 2, fromCache: 2 });
    // Another width or another drawing is rendered.
    await warm.png("<svg>a</svg>", 380);
    await warm.png("<svg>c</svg>", 760);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it("stores nothing when rendering fails, so the next build tries again", async () => {
    const store = memoryStore();
    const failing = pngCache(store, async () => {
      throw new Error("too tall");
    });
    await expect(failing.png("<svg/>", 760)).rejects.toThrow("too tall");
    expect(store.get("png", "760\0<svg/>")).toBeUndefined();
  });
});
