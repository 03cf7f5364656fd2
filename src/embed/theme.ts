/**
 * The site's colour schemes as data. global.css defines its custom properties twice: the light
 * defaults on `:root`, and the dark ones on `:root` inside `@media (prefers-color-scheme: dark)`.
 * Embed pages and standalone SVGs cannot load global.css (they carry their own small stylesheet),
 * so they read the values from it here. If the file stops having that shape this throws, naming
 * what it looked for: an embed silently drawn in the wrong colours would be worse than a failed
 * build.
 */

export interface ThemeVariables {
  /** Every custom property of the light scheme, names with their leading "--". */
  light: Record<string, string>;
  /** The light values with the dark scheme's overrides applied: a complete set too. */
  dark: Record<string, string>;
}

/** Properties an embed cannot do without; a scheme missing one is an error. */
const REQUIRED = ["--bg", "--fg", "--muted", "--rule", "--link"];

interface Block {
  prelude: string;
  body: string;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, " ");
}

/** Index of the character after the string that starts at `i` (a quote character). */
function skipString(css: string, i: number): number {
  const quote = css[i];
  let j = i + 1;
  while (j < css.length && css[j] !== quote) j += css[j] === "\\" ? 2 : 1;
  return j + 1;
}

/**
 * The top-level blocks of a stylesheet (`prelude { body }`), braces inside strings ignored.
 * Statements without a block (`@import …;`) are skipped.
 */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  let open = -1;
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = skipString(css, i) - 1;
    } else if (c === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === "}") {
      depth--;
      if (depth < 0) throw new Error("theme: global.css has an unbalanced '}'");
      if (depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ";" && depth === 0) {
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error("theme: global.css has an unclosed '{'");
  return out;
}

/** Splits declarations at top-level semicolons (not inside strings or parentheses). */
function declarations(body: string): [string, string][] {
  const out: [string, string][] = [];
  let start = 0;
  let parens = 0;
  const push = (end: number) => {
    const decl = body.slice(start, end);
    const colon = decl.indexOf(":");
    if (colon > 0) out.push([decl.slice(0, colon).trim(), decl.slice(colon + 1).trim()]);
    start = end + 1;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'") i = skipString(body, i) - 1;
    else if (c === "(") parens++;
    else if (c === ")") parens--;
    else if (c === ";" && parens === 0) push(i);
  }
  push(body.length);
  return out;
}

function customProperties(body: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of declarations(body)) {
    if (name.startsWith("--") && value !== "") vars[name] = value;
  }
  return vars;
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

function rootProperties(list: readonly Block[]): Record<string, string> {
  let vars: Record<string, string> = {};
  for (const b of list) {
    if (normalize(b.prelude) === ":root") vars = { ...vars, ...customProperties(b.body) };
  }
  return vars;
}

function checkRequired(vars: Record<string, string>, where: string): void {
  const missing = REQUIRED.filter((name) => vars[name] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `theme: ${where} in global.css does not define ${missing.join(", ")}; embeds need them ` +
        "(see src/embed/theme.ts)",
    );
  }
}

/** Reads the light and dark custom properties from the text of src/styles/global.css. */
export function themeVariables(globalCss: string): ThemeVariables {
  const top = blocks(stripComments(globalCss));
  const light = rootProperties(top);
  if (Object.keys(light).length === 0) {
    throw new Error(
      "theme: found no top-level ':root { --name: value; }' block in global.css " +
        "(src/embed/theme.ts reads the light colours from it)",
    );
  }
  checkRequired(light, "the ':root' block");

  const darkMedia = top.filter((b) =>
    /^@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/i.test(normalize(b.prelude)),
  );
  const darkOverrides = rootProperties(darkMedia.flatMap((b) => blocks(b.body)));
  if (Object.keys(darkOverrides).length === 0) {
    throw new Error(
      "theme: found no ':root { --name: value; }' inside '@media (prefers-color-scheme: dark)' " +
        "in global.css (src/embed/theme.ts reads the dark colours from it)",
    );
  }
  const dark = { ...light, ...darkOverrides };
  checkRequired(darkOverrides, "the dark ':root' block");
  return { light, dark };
}
