/**
 * The search page's only script. Pagefind's JS and index load when the reader focuses the box
 * or arrives with ?q=, never before, so a visit that does not search downloads nothing extra.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  init?: () => Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const SHOWN = 20;
let pagefindPromise: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // A path built at run time: the bundler must not try to resolve the index, which Pagefind
  // writes after the build.
  const url = `${"/pagefind/"}pagefind.js`;
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init?.();
    return pf;
  });
  return pagefindPromise;
}

export function mountSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("form.search");
  const input = doc.querySelector<HTMLInputElement>("#search-q");
  const status = doc.querySelector<HTMLElement>("#search-status");
  const list = doc.querySelector<HTMLOListElement>("#search-results");
  if (!form || !input || !status || !list) return;

  input.addEventListener("focus", () => void loadPagefind(), { once: true });
  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(doc.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    doc.defaultView?.history.replaceState(null, "", url);
    if (!q) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = "Searching…";
    const pagefind = await loadPagefind();
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (ticket !== latest) return; // a newer query has started
    list.replaceChildren(...data.map((d) => resultItem(doc, d)));
    const n = search.results.length;
    status.textContent =
      n === 0
        ? `No results for “${q}”.`
        : `${n} result${n === 1 ? "" : "s"} for “${q}”${n > SHOWN ? `, showing the first ${SHOWN}` : ""}.`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URL(doc.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function resultItem(doc: Document, d: PagefindResultData): HTMLLIElement {
  const li = doc.createElement("li");
  const kind = doc.createElement("p");
  kind.className = "kind";
  kind.textContent = d.filters.type?.[0] ?? "Page";
  const a = doc.createElement("a");
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const h = doc.createElement("h2");
  h.append(a);
  const excerpt = doc.createElement("p");
  // Pagefind's excerpt is the page's own escaped text with <mark> around matches; rebuild it
  // from text nodes so no markup other than <mark> can come through.
  excerpt.append(...markedText(doc, d.excerpt));
  li.append(kind, h, excerpt);
  return li;
}

function markedText(doc: Document, excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const out: Node[] = [];
  for (const node of Array.from(parsed.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === "MARK") {
      const mark = doc.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(doc.createTextNode(node.textContent ?? ""));
  }
  return out;
}
