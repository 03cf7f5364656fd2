import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { themeVariables } from "./theme.ts";

const GLOBAL_CSS = readFileSync(new URL("../styles/global.css", import.meta.url), "utf8");

const SAMPLE = `
/* A comment with { braces } and --fake: red; */
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #111111;
  --muted: #555555;
  --rule: #dddddd;
  --link: #0000ee;
  --font-ui: system-ui, "Segoe UI; Bold", sans-serif;
}
body { color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .badge { color: #ff0000; }
  :root {
    --bg: #000000;
    --fg: #eeeeee;
    --muted: #aaaaaa;
    --rule: #333333;
    --link: #88ccff;
  }
}
@media (prefers-color-scheme: dark) {
  .other { --bg: #ff00ff; }
}
`;

describe("themeVariables", () => {
  it("reads the light defaults and the dark overrides, keeping quoted values whole", () => {
    const { light, dark } = themeVariables(SAMPLE);
    expect(light).toEqual({
      "--bg": "#ffffff",
      "--fg": "#111111",
      "--muted": "#555555",
      "--rule": "#dddddd",
      "--link": "#0000ee",
      "--font-ui": 'system-ui, "Segoe UI; Bold", sans-serif',
    });
    expect(dark["--bg"]).toBe("#000000");
    expect(dark["--link"]).toBe("#88ccff");
    // The dark set is complete: what the dark block does not override comes from light.
    expect(dark["--font-ui"]).toBe(light["--font-ui"]);
    expect(light["--fake"]).toBeUndefined();
  });

  it("reads the site's real global.css, whose two schemes differ", () => {
    const { light, dark } = themeVariables(GLOBAL_CSS);
    for (const name of ["--bg", "--fg", "--muted", "--rule", "--mark", "--accent", "--font-ui"]) {
      expect(light[name], name).toBeTruthy();
      expect(dark[name], name).toBeTruthy();
    }
    expect(dark["--bg"]).not.toBe(light["--bg"]);
    expect(dark["--fg"]).not.toBe(light["--fg"]);
  });

  it("fails loudly when the light block is missing", () => {
    expect(() => themeVariables("html { --bg: #fff; }")).toThrow(/no top-level ':root/);
  });

  it("fails loudly when the dark block is missing or moved", () => {
    const lightOnly =
      ":root { --bg: #fff; --fg: #000; --muted: #555; --rule: #ddd; --link: #00e; }";
    expect(() => themeVariables(lightOnly)).toThrow(/prefers-color-scheme: dark/);
    expect(() =>
      themeVariables(`${lightOnly} [data-theme=dark] { --bg: #000; --fg: #fff; }`),
    ).toThrow(/prefers-color-scheme: dark/);
  });

  it("names the variables a scheme lacks", () => {
    const css =
      ":root { --bg: #fff; --fg: #000; --muted: #555; --rule: #ddd; --link: #00e; }" +
      "@media (prefers-color-scheme: dark) { :root { --bg: #000; } }";
    expect(() => themeVariables(css)).toThrow(/--fg, --muted, --rule, --link/);
    expect(() => themeVariables(":root { --bg: #fff; }")).toThrow(/--fg/);
  });

  it("rejects unbalanced braces instead of guessing", () => {
    expect(() => themeVariables(":root { --bg: #fff;")).toThrow(/unclosed/);
    expect(() => themeVariables("} :root { --bg: #fff; }")).toThrow(/unbalanced/);
  });
});
