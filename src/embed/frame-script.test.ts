import { describe, expect, it } from "vitest";
import { FRAME_SCRIPT } from "./frame-script.ts";

type Listener = (e: { source?: unknown; data?: unknown }) => void;

/** Runs the script against a fake window and document, and returns handles to poke it. */
function frame(search = "", options: { resizeObserver?: boolean; topLevel?: boolean } = {}) {
  const listeners = new Map<string, Listener[]>();
  const posted: { message: unknown; origin: string }[] = [];
  const host = {
    postMessage: (message: unknown, origin: string) => posted.push({ message, origin }),
  };
  const dataset: Record<string, string> = {};
  let height = 321.2;
  const root = {
    dataset,
    getAttribute: (name: string) => (name === "data-chart" ? "chart-lyon" : null),
    getBoundingClientRect: () => ({ height }),
  };
  const body = { tagName: "BODY" };
  const win: Record<string, unknown> = {
    location: { search },
    addEventListener: (type: string, fn: Listener) =>
      listeners.set(type, [...(listeners.get(type) ?? []), fn]),
  };
  win.parent = options.topLevel ? win : host;
  const observed: unknown[] = [];
  let observerCallback: (() => void) | undefined;
  class FakeResizeObserver {
    constructor(cb: () => void) {
      observerCallback = cb;
    }
    observe(el: unknown) {
      observed.push(el);
    }
  }
  const run = new Function("window", "document", "ResizeObserver", FRAME_SCRIPT);
  run(
    win,
    { documentElement: root, body },
    options.resizeObserver === false ? undefined : FakeResizeObserver,
  );
  return {
    host,
    win,
    body,
    dataset,
    posted,
    observed,
    fire: (type: string, e: { source?: unknown; data?: unknown } = {}) => {
      for (const fn of listeners.get(type) ?? []) fn(e);
    },
    resize: (h: number) => {
      height = h;
      observerCallback?.();
    },
    listens: (type: string) => (listeners.get(type) ?? []).length > 0,
  };
}

describe("FRAME_SCRIPT theme", () => {
  it("applies ?theme=light|dark|auto and treats anything else as auto", () => {
    expect(frame("?theme=dark").dataset.theme).toBe("dark");
    expect(frame("?theme=light").dataset.theme).toBe("light");
    expect(frame("?theme=auto").dataset.theme).toBe("auto");
    expect(frame("").dataset.theme).toBe("auto");
    expect(frame("?theme=DARK").dataset.theme).toBe("auto");
    expect(frame("?theme=%22%3E%3Cscript%3E").dataset.theme).toBe("auto");
  });

  it("switches theme on a valid message from the host page", () => {
    const f = frame("?theme=light");
    f.fire("message", { source: f.host, data: { type: "triangulate:theme", theme: "dark" } });
    expect(f.dataset.theme).toBe("dark");
    f.fire("message", { source: f.host, data: { type: "triangulate:theme", theme: "auto" } });
    expect(f.dataset.theme).toBe("auto");
  });

  it("ignores invalid values, other message types and other senders", () => {
    const f = frame("?theme=light");
    const bad: { source?: unknown; data?: unknown }[] = [
      { source: f.host, data: { type: "triangulate:theme", theme: "red" } },
      { source: f.host, data: { type: "triangulate:theme", theme: ["dark"] } },
      { source: f.host, data: { type: "other", theme: "dark" } },
      { source: f.host, data: "triangulate:theme" },
      { source: f.host, data: null },
      { source: {}, data: { type: "triangulate:theme", theme: "dark" } },
      { source: null, data: { type: "triangulate:theme", theme: "dark" } },
    ];
    for (const e of bad) f.fire("message", e);
    expect(f.dataset.theme).toBe("light");
  });
});

describe("FRAME_SCRIPT height", () => {
  it("posts its height, rounded up, with its id, on load", () => {
    const f = frame();
    f.fire("load");
    expect(f.posted).toEqual([
      { message: { type: "triangulate:height", id: "chart-lyon", height: 322 }, origin: "*" },
    ]);
  });

  it("watches the body and posts again when its size changes", () => {
    const f = frame();
    expect(f.observed).toEqual([f.body]);
    f.resize(540.01);
    f.resize(200);
    expect(f.posted.map((p) => (p.message as { height: number }).height)).toEqual([541, 200]);
  });

  it("falls back to window resize events without ResizeObserver", () => {
    const f = frame("", { resizeObserver: false });
    expect(f.listens("resize")).toBe(true);
    f.fire("resize");
    expect(f.posted).toHaveLength(1);
  });

  it("posts nothing when opened on its own, outside a frame", () => {
    const f = frame("", { topLevel: true });
    f.fire("load");
    f.resize(10);
    expect(f.posted).toEqual([]);
  });
});
