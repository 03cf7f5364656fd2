import { describe, expect, it } from "vitest";
import { type LogEvent, quietDestination, warningTotal } from "./log-handler.ts";

const info = (label: string | null, message: string, newLine = true): LogEvent => ({
  label,
  level: "info",
  message,
  newLine,
});

/** What `astro build` logs for one rendered page: its path, then its time on the same line. */
const page = (path: string) => [
  info(null, `  \u251c\u2500 ${path}`, false),
  info("SKIP_FORMAT", " (+3ms)"),
];

function run(events: LogEvent[], isTTY = false) {
  const out: LogEvent[] = [];
  const tty: string[] = [];
  const log = quietDestination(
    { write: (e) => out.push(e) },
    { isTTY, write: (t: string) => tty.push(t) },
    {},
  );
  for (const e of events) log.write(e);
  return { out, tty };
}

describe("quietDestination", () => {
  const pages = Array.from({ length: 500 }, (_, i) => page(`/people/p${i}/index.html`)).flat();

  it("prints no line per page, and keeps every other line", () => {
    const { out } = run([
      info("build", "Building static entrypoints..."),
      ...pages,
      info("build", "500 page(s) built in 3s"),
      info("build", "Complete!"),
    ]);
    expect(out.map((e) => e.message)).toEqual([
      "Building static entrypoints...",
      "500 page(s) built in 3s",
      "Complete!",
    ]);
  });

  it("on a terminal, shows the pages as one line that updates", () => {
    const { tty } = run(pages, true);
    // A redraw every 20 pages, never a new line.
    expect(tty.length).toBe(26);
    expect(tty.at(-1)).toContain("pages    500");
    expect(tty.join("")).not.toContain("\n");
  });

  it("says how many warnings there were before the build's last line", () => {
    const warn: LogEvent = { label: "vite", level: "warn", message: "invented", newLine: true };
    const { out } = run([warn, ...pages, warn, info("build", "Complete!")]);
    expect(out.map((e) => e.message)).toEqual([
      "invented",
      "invented",
      "2 warnings above: 2 warnings from vite",
      "Complete!",
    ]);
    expect(out[2]?.level).toBe("warn");
  });

  it("adds no total to a build without warnings", () => {
    expect(run([info("build", "Complete!")]).out).toHaveLength(1);
  });
});

describe("warningTotal", () => {
  it("counts by kind and source", () => {
    const counts = new Map([
      ["warning from vite", 1],
      ["error from astro", 2],
    ]);
    expect(warningTotal(counts)).toBe("3 warnings above: 1 warning from vite, 2 errors from astro");
  });
});
