import { byCodeUnit } from "../core/text/compare.ts";
import { foldAccents } from "../core/text/fold.ts";

/**
 * Marks the words of a search query on the page a result led to. Matching is by word start and
 * ignores case and accents ("lyo" marks "Lyon", "jose" marks "José"), like the search itself.
 */

/** Elements whose text is not page content. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "svg", "MARK"]);

/** Lowercase without accents, one character for one character so offsets still line up. */
export function foldForMatch(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = foldAccents(ch);
    out += (base.length === ch.length ? base : ch).toLowerCase();
  }
  return out;
}

/** The query's words worth marking: at least two letters, longest first, without repeats. */
export function queryWords(query: string): string[] {
  const words = foldForMatch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length || byCodeUnit(a, b));
}

/** [start, end) ranges in `text` where a word of `words` starts a word. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0) return [];
  const folded = foldForMatch(text);
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < folded.length) {
    const startsWord = i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1] ?? "");
    const word = startsWord ? words.find((w) => folded.startsWith(w, i)) : undefined;
    if (word) {
      ranges.push([i, i + word.length]);
      i += word.length;
    } else i++;
  }
  return ranges;
}

/** Wraps every match under `root` in <mark class="search-hit">; returns how many. */
export function highlightTerms(root: Element, query: string): number {
  const words = queryWords(query);
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let p = n.parentElement;
    let skip = false;
    while (p && p !== root) {
      if (SKIP.has(p.nodeName) || p.hidden || p.getAttribute("aria-hidden") === "true") skip = true;
      p = p.parentElement;
    }
    if (!skip) nodes.push(n as Text);
  }
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, words);
    if (ranges.length === 0) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) parts.push(doc.createTextNode(text.slice(at, s)));
      const mark = doc.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = text.slice(s, e);
      parts.push(mark);
      at = e;
      count++;
    }
    if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
  }
  return count;
}
