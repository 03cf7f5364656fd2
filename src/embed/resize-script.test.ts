import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { MAX_HEIGHT, MIN_HEIGHT, RESIZE_SCRIPT } from "./resize-script.ts";

type Listener = (e: { source?: unknown; data?: unknown }) => void;

/** A host page with two chart iframes and one unrelated iframe, and the script run on it. */
function host(times = 1) {
  const { document } = parseHTML(
    "<!doctype html><html><body>" +
      '<iframe id="a" data-triangulate src="https://charts.example/embed/a/"></iframe>' +
      '<iframe id="b" data-triangulate src="https://charts.example/embed/b/"></iframe>' +
      '<iframe id="ad" src="https://ads.example/"></iframe>' +
      '<iframe id="gone" data-triangulate src="https://charts.example/embed/c/"></iframe>' +
      "</body></html>",
  );
  const frames: Record<string, { style: { height: string } }> = {};
  const windows: Record<string, object> = {};
  for (const id of ["a", "b", "ad", "gone"]) {
    const el = document.getElementById(id) as unknown as { style: { height: string } };
    windows[id] = { name: `window of ${id}` };
    // A frame that has not loaded or was removed has no window: a message with no source (from
    // a worker or a MessagePort) must not match it.
    Object.defineProperty(el, "contentWindow", { value: id === "gone" ? null : windows[id] });
    frames[id] = el;
  }
  const listeners: Listener[] = [];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: Listener) => {
      if (type === "message") listeners.push(fn);
    },
  };
  for (let i = 0; i < times; i++) new Function("window", "document", RESIZE_SCRIPT)(win, document);
  const send = (source: unknown, data: unknown) => {
    for (const fn of listeners) fn({ source, data });
  };
  const height = (id: string) => frames[id]?.style.height ?? "";
  return { win, windows, listeners, send, height };
}

describe("RESIZE_SCRIPT", () => {
  it("is at most 1 KB gzipped and safe inside a <script> element", () => {
    expect(gzipSync(RESIZE_SCRIPT, { level: 9 }).byteLength).toBeLessThanOrEqual(1024);
    expect(RESIZE_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });

  it("sizes only the iframe whose window sent the message", () => {
    const h = host();
    h.send(h.windows.a, { type: "triangulate:height", id: "a", height: 480 });
    expect(h.height("a")).toBe("480px");
    expect(h.height("b")).toBe("");
  });

  it("rounds up and clamps the height", () => {
    const h = host();
    h.send(h.windows.a, { type: "triangulate:height", height: 300.2 });
    expect(h.height("a")).toBe("301px");
    h.send(h.windows.a, { type: "triangulate:height", height: 5 });
    expect(h.height("a")).toBe(`${MIN_HEIGHT}px`);
    h.send(h.windows.a, { type: "triangulate:height", height: 1e9 });
    expect(h.height("a")).toBe(`${MAX_HEIGHT}px`);
    h.send(h.windows.a, { type: "triangulate:height", height: -50 });
    expect(h.height("a")).toBe(`${MIN_HEIGHT}px`);
  });

  it("ignores other senders, other iframes, other messages and non-numbers", () => {
    const h = host();
    const ok = { type: "triangulate:height", height: 500 };
    h.send({}, ok);
    h.send(null, ok);
    h.send(h.windows.ad, ok);
    for (const height of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "500",
      null,
      { valueOf: () => 500 },
    ])
      h.send(h.windows.a, { type: "triangulate:height", height });
    h.send(h.windows.a, { type: "triangulate:theme", height: 500 });
    h.send(h.windows.a, null);
    h.send(h.windows.a, "triangulate:height");
    expect([h.height("a"), h.height("b"), h.height("ad"), h.height("gone")]).toEqual([
      "",
      "",
      "",
      "",
    ]);
  });

  it("adds one listener however many times it is included, leaking only its flag", () => {
    const before = Object.keys(globalThis);
    const h = host(3);
    expect(h.listeners).toHaveLength(1);
    expect(Object.keys(h.win).sort()).toEqual(["__triangulateResize", "addEventListener"]);
    expect(Object.keys(globalThis)).toEqual(before);
  });
});

/** A host page whose backgrounds and color-scheme are given, with one chart iframe. */
function themedHost(o: {
  bg?: string;
  scheme?: string;
  meta?: string;
  attr?: string;
  src?: string;
  osDark?: boolean;
}) {
  const { document } = parseHTML(
    `<!doctype html><html><head>${o.meta ? `<meta name="color-scheme" content="${o.meta}">` : ""}</head><body>` +
      `<div id="slot"><iframe id="a" data-triangulate ${o.attr ? `data-theme="${o.attr}"` : ""} src="${o.src ?? "https://charts.example/embed/a/"}"></iframe></div>` +
      "</body></html>",
  );
  const posted: unknown[] = [];
  const frameWindow = { postMessage: (m: unknown) => posted.push(m) };
  const iframe = document.getElementById("a") as unknown as Element;
  Object.defineProperty(iframe, "contentWindow", { value: frameWindow });
  const listeners: Listener[] = [];
  const win = {
    addEventListener: (type: string, fn: Listener) => {
      if (type === "message") listeners.push(fn);
    },
    // Every element is transparent except the slot round the frame, when a background is given.
    getComputedStyle: (el: Element) => ({
      backgroundColor: el.id === "slot" && o.bg ? o.bg : "rgba(0, 0, 0, 0)",
      colorScheme: el === iframe ? (o.scheme ?? "normal") : "normal",
    }),
    matchMedia: () => ({ matches: o.osDark ?? false, addEventListener: () => {} }),
  };
  new Function("window", "document", RESIZE_SCRIPT)(win, document);
  for (const fn of listeners)
    fn({ source: frameWindow, data: { type: "triangulate:height", height: 300 } });
  return posted;
}

describe("RESIZE_SCRIPT gives each frame the host's theme", () => {
  const theme = (posted: unknown[]) => (posted.at(-1) as { theme?: string } | undefined)?.theme;

  it("from the background behind the frame", () => {
    expect(theme(themedHost({ bg: "rgb(18, 18, 20)" }))).toBe("dark");
    expect(theme(themedHost({ bg: "rgb(250, 250, 245)" }))).toBe("light");
  });

  it("from the host's color-scheme, or its meta tag, when nothing has a background", () => {
    expect(theme(themedHost({ scheme: "dark" }))).toBe("dark");
    expect(theme(themedHost({ meta: "dark" }))).toBe("dark");
    expect(theme(themedHost({ scheme: "light dark", osDark: true }))).toBe("dark");
    expect(theme(themedHost({ scheme: "light dark", osDark: false }))).toBe("light");
    // A page that declares nothing is drawn light, whatever the system prefers.
    expect(theme(themedHost({ osDark: true }))).toBe("light");
  });

  it("from the iframe's data-theme first, and not at all when its address asks for one", () => {
    expect(theme(themedHost({ bg: "rgb(250, 250, 245)", attr: "dark" }))).toBe("dark");
    expect(
      themedHost({ bg: "rgb(18, 18, 20)", src: "https://charts.example/embed/a/?theme=light" }),
    ).toEqual([]);
  });
});
