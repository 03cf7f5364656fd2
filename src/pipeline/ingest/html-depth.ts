/**
 * Pages nested deeper than this are flattened before they are parsed into a document: past
 * it, tags are taken out and their text kept. Readability's time grows with the cube of the
 * depth (thousands of nested divs: minutes), the HTML tokenizer's with its square, and deep
 * trees overflow recursive walks; real pages stay far below.
 */
export const MAX_HTML_DEPTH = 100;

export interface Flattened {
  html: string;
  /** How deep the page was nested, and how many tags were taken out (0: unchanged). */
  depth: number;
  removed: number;
}

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][^\s/>]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const VOID = new Set(
  "area base br col embed hr img input keygen link meta param source track wbr".split(" "),
);
/** Elements whose content is text up to their own end tag. */
const RAW = new Set("script style textarea title xmp iframe noembed noframes plaintext".split(" "));
const BLOCK = new Set(
  "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split(
    " ",
  ),
);
const NONE: ReadonlySet<string> = new Set();
const P: ReadonlySet<string> = new Set(["p"]);
const CELLS: ReadonlySet<string> = new Set(["td", "th"]);
/** The open elements a start tag ends first, as an HTML parser does ("<p>a<p>b" is two). */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ["li", new Set(["li", "p"])],
  ["dt", new Set(["dt", "dd", "p"])],
  ["dd", new Set(["dt", "dd", "p"])],
  ["option", new Set(["option"])],
  ["tr", new Set(["tr", "td", "th"])],
  ["td", CELLS],
  ["th", CELLS],
]);
function closedBy(name: string): ReadonlySet<string> {
  return CLOSED_BY.get(name) ?? (BLOCK.has(name) ? P : NONE);
}

/**
 * The page with every element deeper than `max` unwrapped. One pass over the tags with a
 * stack (no recursion, linear time), following the parser's main rules: void elements, raw
 * text, and the end tags a start tag implies. It only has to count depth well enough to keep
 * it bounded; the page itself is then parsed by linkedom as usual.
 */
export function flattenDeepHtml(html: string, max = MAX_HTML_DEPTH): Flattened {
  const cut: [number, number][] = [];
  const stack: { name: string; kept: boolean }[] = [];
  const counts = new Map<string, number>();
  const pop = () => {
    const top = stack.pop();
    if (top) counts.set(top.name, (counts.get(top.name) ?? 1) - 1);
    return top;
  };
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // comment, doctype, CDATA
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === "/") {
      if ((counts.get(name) ?? 0) === 0) continue; // a stray end tag: ignored by parsers too
      let top = pop();
      while (top && top.name !== name) top = pop();
      if (top && !top.kept) cut.push([start, end]);
      continue;
    }
    const closes = closedBy(name);
    while (stack.length > 0 && closes.has(stack[stack.length - 1]?.name ?? "")) pop();
    if (VOID.has(name)) continue;
    const kept = stack.length < max;
    stack.push({ name, kept });
    counts.set(name, (counts.get(name) ?? 0) + 1);
    depth = Math.max(depth, stack.length);
    if (!kept) cut.push([start, end]);
    if (RAW.has(name)) {
      // Skip to the element's own end tag; the loop reads that tag next.
      const close = new RegExp(`</${name}[\\s/>]`, "ig");
      close.lastIndex = end;
      const found = close.exec(html);
      TAG.lastIndex = found ? found.index : html.length;
    }
  }
  if (cut.length === 0) return { html, depth, removed: 0 };
  let out = "";
  let at = 0;
  for (const [start, end] of cut) {
    // A space keeps the words on either side of a removed block apart.
    out += `${html.slice(at, start)} `;
    at = end;
  }
  out += html.slice(at);
  return { html: out, depth, removed: cut.length };
}
