import { describe, expect, it } from "vitest";
import { resolveVars } from "./css-vars.ts";

const VARS = { "--fg": "#111", "--accent": "var(--fg)", "--font-ui": 'system-ui, "Segoe UI"' };

describe("resolveVars", () => {
  it("writes out each variable, following variables that refer to others", () => {
    expect(resolveVars(".a{fill:var(--fg);stroke:var( --accent )}", VARS)).toBe(
      ".a{fill:#111;stroke:#111}",
    );
    expect(resolveVars("svg{font-family:var(--font-ui)}", VARS)).toBe(
      'svg{font-family:system-ui, "Segoe UI"}',
    );
  });

  it("uses the fallback only when the variable is not defined, fallbacks with functions too", () => {
    expect(resolveVars("a{fill:var(--fg, red)}", VARS)).toBe("a{fill:#111}");
    expect(resolveVars("a{fill:var(--nope, rgb(1 2 3))}", VARS)).toBe("a{fill:rgb(1 2 3)}");
    expect(resolveVars("a{fill:var(--nope, var(--fg))}", VARS)).toBe("a{fill:#111}");
  });

  it("leaves names that merely end in var alone", () => {
    expect(resolveVars("a{x:myvar(1)}", VARS)).toBe("a{x:myvar(1)}");
  });

  it("throws on an unknown variable, a loop, or an unclosed var(", () => {
    expect(() => resolveVars("a{fill:var(--missing)}", VARS)).toThrow(/--missing/);
    expect(() => resolveVars("a{fill:var(--a)}", { "--a": "var(--b)", "--b": "var(--a)" })).toThrow(
      /loop/,
    );
    expect(() => resolveVars("a{fill:var(--fg}", VARS)).toThrow(/unclosed/);
  });
});
