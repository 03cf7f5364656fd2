/**
 * A tiny, string-only SVG builder. Markup is a branded string: the only ways to make one are `el`
 * (which escapes every attribute value), `text` (which escapes its argument) and `join`. So a
 * string that came from an article can never reach the output unescaped by accident: the type
 * checker refuses a plain `string` where markup is expected.
 */

export type Markup = string & { readonly __markup: true };

export type AttrValue = string | number | boolean | null | undefined;

/** Characters XML 1.0 forbids even when escaped (controls, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for XML/HTML text and attribute values; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Rounds to 2 decimals, so coordinates are stable bytes: no "-0", no exponent, no "1.10". */
export function round(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** A number as it is written in an attribute or a path: rounded, shortest form. */
export function num(n: number): string {
  const r = round(n);
  if (Math.abs(r) >= 1e21) return r.toFixed(0);
  return String(r);
}

/** Escaped text content. */
export function text(value: string): Markup {
  return escapeXml(value) as Markup;
}

/** Concatenates markup fragments (arrays are flattened; null/false are skipped). */
export function join(...parts: MarkupChild[]): Markup {
  let out = "";
  for (const part of parts) {
    if (part === null || part === undefined || part === false) continue;
    out += Array.isArray(part) ? join(...part) : part;
  }
  return out as Markup;
}

export type MarkupChild = Markup | null | undefined | false | readonly MarkupChild[];

function attr(name: string, value: AttrValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value === true) return ` ${name}=""`;
  const v = typeof value === "number" ? num(value) : escapeXml(value);
  return ` ${name}="${v}"`;
}

/**
 * An element. Attributes keep the order they are given in (deterministic output); numbers are
 * rounded; null, undefined and false leave the attribute out. No children: a self-closing tag.
 */
export function el(
  name: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  ...children: MarkupChild[]
): Markup {
  if (!/^[a-zA-Z][\w:-]*$/.test(name)) throw new Error(`bad element name: ${name}`);
  let open = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (!/^[a-zA-Z][\w:-]*$/.test(k)) throw new Error(`bad attribute name: ${k}`);
    open += attr(k, v);
  }
  const body = join(...children);
  return (body === "" ? `${open}/>` : `${open}>${body}</${name}>`) as Markup;
}

/** A path's `d` from commands and numbers: numbers are rounded, the rest is kept as written. */
export function path(parts: readonly (string | number)[]): string {
  return parts.map((p) => (typeof p === "number" ? num(p) : p)).join(" ");
}

/** "translate(x,y)" with rounded numbers. */
export function translate(x: number, y: number): string {
  return `translate(${num(x)},${num(y)})`;
}
