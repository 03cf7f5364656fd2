/**
 * Replaces `var(--name)` and `var(--name, fallback)` in CSS text with the values given. A
 * downloaded SVG and the PNG renderer (librsvg, inside sharp) cannot rely on custom properties:
 * librsvg ignores `var()`, and a file opened in an editor has no page to inherit them from. So
 * the values are written out. An unknown name without a fallback throws: a chart coloured by a
 * variable the theme does not define would otherwise come out black without a word.
 */

const MAX_DEPTH = 8;

/** The index of the ")" that closes the "(" at `open`. */
function closingParen(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

export function resolveVars(
  css: string,
  vars: Readonly<Record<string, string>>,
  depth = 0,
): string {
  if (depth > MAX_DEPTH)
    throw new Error("css-vars: custom properties refer to each other in a loop");
  let out = "";
  let from = 0;
  const find = /(?<![\w-])var\(/gi;
  for (let m = find.exec(css); m !== null; m = find.exec(css)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(css, open);
    if (close < 0) throw new Error(`css-vars: unclosed var( at ${m.index}`);
    const inner = css.slice(open + 1, close);
    const comma = inner.indexOf(",");
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    const value = Object.hasOwn(vars, name) ? vars[name] : fallback;
    if (value === undefined) {
      throw new Error(
        `css-vars: ${name} is used but not defined by the theme (src/styles/global.css)`,
      );
    }
    out += css.slice(from, m.index) + resolveVars(value, vars, depth + 1);
    from = close + 1;
    find.lastIndex = from;
  }
  return out + css.slice(from);
}
