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
